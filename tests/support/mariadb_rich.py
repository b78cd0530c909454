"""A small film-rental database for MariaDB with every object kind the native section must carry."""

from __future__ import annotations

import re
import shutil
import subprocess

import pymysql
from sqlalchemy.engine import make_url

SCHEMA = [
    """CREATE TABLE language (
      language_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      name CHAR(20) NOT NULL,
      last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Spoken languages'""",
    """CREATE TABLE film (
      film_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      title VARCHAR(128) NOT NULL COMMENT 'display title',
      code VARCHAR(20) COLLATE utf8mb4_bin NOT NULL,
      description TEXT,
      release_year YEAR,
      language_id TINYINT UNSIGNED NOT NULL,
      rating ENUM('G','PG','PG-13','R','NC-17') DEFAULT 'G',
      special_features SET('Trailers','Commentaries','Deleted Scenes'),
      rental_rate DECIMAL(4,2) NOT NULL DEFAULT 4.99,
      length SMALLINT UNSIGNED,
      price_with_tax DECIMAL(6,2) AS (rental_rate * 1.2) VIRTUAL,
      title_upper VARCHAR(128) AS (UPPER(title)) STORED,
      flags BIT(4),
      meta JSON,
      UNIQUE KEY uq_code (code),
      KEY idx_title (title(20)),
      CONSTRAINT chk_rate CHECK (rental_rate >= 0),
      CONSTRAINT fk_film_language FOREIGN KEY (language_id) REFERENCES language (language_id)
    ) ENGINE=InnoDB AUTO_INCREMENT=1000 DEFAULT CHARSET=utf8mb4 COMMENT='the catalogue'""",
    """CREATE TABLE customer (
      customer_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      email VARCHAR(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci,
      name VARCHAR(60) NOT NULL,
      balance DOUBLE,
      created DATETIME(6),
      avatar BLOB,
      active BOOLEAN DEFAULT 1
    ) ENGINE=InnoDB""",
    """CREATE TABLE rental (
      rental_id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      film_id SMALLINT UNSIGNED NOT NULL,
      customer_id INT NOT NULL,
      rented_at DATETIME NOT NULL,
      due TIME,
      CONSTRAINT fk_rental_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE CASCADE,
      CONSTRAINT fk_rental_customer FOREIGN KEY (customer_id) REFERENCES customer (customer_id)
    ) ENGINE=InnoDB""",
    """CREATE TABLE audit_log (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, msg VARCHAR(200),
      at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)) ENGINE=InnoDB""",
    "CREATE TABLE tag (label VARCHAR(30), film_id SMALLINT UNSIGNED) ENGINE=InnoDB",
    """CREATE TRIGGER rental_bi BEFORE INSERT ON rental FOR EACH ROW
      SET NEW.rented_at = IFNULL(NEW.rented_at, '2000-01-01')""",
    """CREATE TRIGGER rental_ai AFTER INSERT ON rental FOR EACH ROW
      INSERT INTO audit_log (msg) VALUES (CONCAT('rental ', NEW.rental_id))""",
    """CREATE TRIGGER rental_ai2 AFTER INSERT ON rental FOR EACH ROW FOLLOWS rental_ai
      UPDATE customer SET balance = balance - 1 WHERE customer_id = NEW.customer_id""",
    "CREATE VIEW v_film AS SELECT film_id, title, rating FROM film",
    "CREATE VIEW v_film_g AS SELECT film_id, title FROM v_film WHERE rating = 'G'",
    """CREATE VIEW v_customer_rentals AS SELECT c.customer_id, c.name, COUNT(r.rental_id) AS rentals
      FROM customer c LEFT JOIN rental r ON r.customer_id = c.customer_id GROUP BY c.customer_id, c.name""",
    """CREATE PROCEDURE add_rental(IN f SMALLINT UNSIGNED, IN c INT)
      COMMENT 'rent a film'
      BEGIN
        INSERT INTO rental (film_id, customer_id, rented_at) VALUES (f, c, NOW());
        SELECT LAST_INSERT_ID();
      END""",
    """CREATE FUNCTION film_count(r VARCHAR(5)) RETURNS INT DETERMINISTIC READS SQL DATA
      BEGIN
        DECLARE n INT;
        SELECT COUNT(*) INTO n FROM film WHERE rating = r;
        RETURN n;
      END""",
    """CREATE EVENT ev_cleanup ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' DISABLE
      COMMENT 'prune the audit log'
      DO DELETE FROM audit_log WHERE at < NOW() - INTERVAL 1 YEAR""",
]
# A procedure created under another sql_mode: the restore must keep it.
ANSI_PROCEDURE = """CREATE PROCEDURE "quoted proc"() SELECT "name" FROM customer"""

DATA = [
    "INSERT INTO language (language_id, name, last_update) VALUES (1, 'English', '2020-01-01 00:00:00'), "
    "(2, 'Français', '2020-01-02 00:00:00'), (5, '日本語', '2020-01-03 00:00:00')",
    "ALTER TABLE language AUTO_INCREMENT = 10",
    "INSERT INTO film (film_id, title, code, description, release_year, language_id, rating, "
    "special_features, rental_rate, length, flags, meta) VALUES "
    "(1, 'Alpha', 'abc', 'line one\\nline two\\r\\n''quoted'' \\\\ back\\0nul', 2006, 1, 'PG', "
    "'Trailers,Deleted Scenes', 0.99, 86, b'1010', '{\"a\": [1, 2.5, null]}'), "
    "(2, 'Beta', 'ABC', NULL, NULL, 2, 'G', '', 4.99, NULL, b'0', NULL), "
    "(7, 'Gamma 🎬', 'Abc', '', 1901, 5, 'NC-17', NULL, 2.00, 65535, NULL, '[]')",
    "INSERT INTO customer (customer_id, email, name, balance, created, avatar, active) VALUES "
    "(1, 'éva@example.com', 'Éva', 10.5, '2024-02-29 13:45:00.123456', X'00FF10', 1), "
    "(3, NULL, 'Bob', -0.1, NULL, '', 0), (4, 'x@y', 'Zoë', 1e300, '1000-01-01 00:00:00', NULL, NULL)",
    "INSERT INTO rental (rental_id, film_id, customer_id, rented_at, due) VALUES "
    "(1, 1, 1, '2024-01-01 10:00:00', '838:59:59'), (2, 2, 3, '2024-01-02 10:00:00', '-01:00:00'), "
    "(10, 7, 4, '2024-01-03 10:00:00', NULL)",
    "INSERT INTO tag VALUES ('classic', 1), ('classic', 1), ('new', NULL)",
    "DELETE FROM audit_log WHERE id > 2",
]


def build(url: str) -> None:
    u = make_url(url)
    conn = pymysql.connect(
        host=u.host, port=u.port, user=u.username, database=u.database, autocommit=True, charset="utf8mb4"
    )
    try:
        with conn.cursor() as cur:
            cur.execute("SET time_zone = '+00:00'")
            for stmt in SCHEMA:
                cur.execute(stmt)
            cur.execute("SET sql_mode = 'ANSI_QUOTES,STRICT_TRANS_TABLES'")
            cur.execute(ANSI_PROCEDURE)
            cur.execute("SET sql_mode = DEFAULT")
            for stmt in DATA:
                cur.execute(stmt)
    finally:
        conn.close()


def schema_dump(url: str) -> str:
    """`mysqldump --no-data --routines --triggers --events`, normalised: no comments, no database name, no
    DEFINER (restores leave it out by default); AUTO_INCREMENT values are kept."""
    u = make_url(url)
    exe = shutil.which("mariadb-dump") or shutil.which("mysqldump")
    assert exe, "mariadb-dump/mysqldump is missing: install the Debian package 'mariadb-client'"
    out = subprocess.run(
        [
            exe,
            "--no-defaults",
            "-h",
            str(u.host),
            "-P",
            str(u.port),
            "-u",
            str(u.username),
            "--no-data",
            "--routines",
            "--triggers",
            "--events",
            "--skip-comments",
            "--skip-dump-date",
            str(u.database),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    out = re.sub(r"DEFINER=`[^`]*`@`[^`]*`\s*", "", out)
    return out.replace(f"`{u.database}`", "`DB`")


def auto_increments(url: str) -> dict[str, int | None]:
    u = make_url(url)
    conn = pymysql.connect(host=u.host, port=u.port, user=u.username, database=u.database)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES "
                "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
            )
            return dict(cur.fetchall())
    finally:
        conn.close()
