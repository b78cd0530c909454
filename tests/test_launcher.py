from backup_desk.launcher import wants_gui


def test_no_command_opens_the_window() -> None:
    assert wants_gui([])
    assert wants_gui(["--home", "/tmp/x"])
    assert wants_gui(["--home=/tmp/x", "--debug"])
    assert wants_gui(["gui"])
    assert wants_gui(["gui", "--home", "/tmp/x"])
    assert wants_gui(["--debug", "gui", "--home=/tmp/x"])


def test_a_command_runs_the_cli() -> None:
    assert not wants_gui(["list"])
    assert not wants_gui(["--home", "/tmp/x", "list"])
    assert not wants_gui(["--help"])
    assert not wants_gui(["--home"])
    assert not wants_gui(["gui", "list"])
