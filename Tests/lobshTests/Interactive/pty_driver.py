#!/usr/bin/env python3
"""Drives the built lobsh through a pseudo-terminal, as a user at a keyboard would.

Usage: pty_driver.py LOBSH SCENARIO WORKDIR
Each scenario types keys, waits for what the screen should show, and exits 0 when all is as expected;
otherwise it prints what it waited for and what the terminal showed, and exits 1.
"""
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

LOBSH, SCENARIO, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\x07|\r")


class Shell:
    """One lobsh at a terminal of 40 rows by 120 columns."""

    def __init__(self, *arguments, environment=None, cwd=None):
        env = {
            "HOME": WORK, "PATH": "/usr/bin:/bin", "TERM": "xterm",
            "XDG_STATE_HOME": os.path.join(WORK, "state"),
            "XDG_CONFIG_HOME": os.path.join(WORK, "config"),
            "XDG_DATA_HOME": os.path.join(WORK, "data"),
        }
        env.update(environment or {})
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            # A test runner may block or ignore signals; a user's terminal does neither.
            signal.pthread_sigmask(signal.SIG_SETMASK, [])
            for number in (signal.SIGINT, signal.SIGPIPE, signal.SIGTSTP, signal.SIGQUIT):
                signal.signal(number, signal.SIG_DFL)
            os.chdir(cwd or WORK)
            os.execve(LOBSH, [LOBSH, *arguments], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.seen = ""

    def send(self, keys):
        # At a human pace: libedit switches the terminal to raw mode just after it shows the prompt,
        # and a key typed in that instant (in cooked mode) is lost; no person types that fast.
        time.sleep(0.05)
        os.write(self.fd, keys.encode("utf-8"))

    def expect(self, pattern, timeout=10.0):
        """Waits until the screen (without colour codes), since the last match, matches `pattern`."""
        deadline = time.time() + timeout
        regex = re.compile(pattern)
        while True:
            plain = ANSI.sub("", self.seen)
            match = regex.search(plain)
            if match:
                self.seen = plain[match.end():]
                return match
            remaining = deadline - time.time()
            if remaining <= 0:
                fail(f"waited for {pattern!r}, the terminal showed:\n{plain}")
            ready, _, _ = select.select([self.fd], [], [], min(remaining, 0.1))
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    fail(f"lobsh ended while waiting for {pattern!r}; it showed:\n{plain}")
                self.seen += chunk.decode("utf-8", "replace")

    def line(self, text, then=r"lobsh\[\w+\]> "):
        """Types a line and Enter, and waits for the next prompt."""
        self.send(text + "\r")
        return self.expect(then)

    def exit_status(self, timeout=10.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                try:
                    self.seen += os.read(self.fd, 65536).decode("utf-8", "replace")
                except OSError:
                    pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.05)
        os.kill(self.pid, signal.SIGKILL)
        fail("lobsh did not end; after the last expectation it showed:\n" + ANSI.sub("", self.seen))


PROMPT = r"lobsh\[demo\]> "
SCHOOL = r"lobsh\[school\]> "


def school(*arguments, **keywords):
    """A shell on a database file in WORK: unlike the demo, it keeps its history in the history file."""
    return Shell("--db", os.path.join(WORK, "school.sqlite"), *arguments, **keywords)


def fail(message):
    print(f"{SCENARIO}: {message}")
    sys.exit(1)


def history_file():
    path = os.path.join(WORK, "state", "lobsh", "history")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def utf8_typing_and_recall():
    # LANG unset on purpose: lobsh must still edit UTF-8.
    shell = school()
    shell.expect(SCHOOL)
    shell.send("echo \"Zoë Özdemir en 't Hart\"\r")
    shell.expect("\nZoë Özdemir en 't Hart\n")
    shell.expect(SCHOOL)
    shell.send("echo Zoëx\x7f\r")          # Backspace removes the x, not half of the ë
    shell.expect("\nZoë\n")
    shell.expect(SCHOOL)
    shell.send("echo Zë\x1b[Do\r")        # Left arrow over the ë, then type o before it
    shell.expect("\nZoë\n")
    shell.expect(SCHOOL)
    for key in ("\x1b[A", "\x1b[A", "\r"):  # Up twice (the repeated `echo Zoë` is kept once): the first line
        shell.send(key)
        time.sleep(0.2)
    shell.expect("\nZoë Özdemir en 't Hart\n")
    shell.expect(SCHOOL)
    shell.send("\x04")
    if shell.exit_status() != 0:
        fail("Ctrl-D did not end lobsh with 0")
    if "echo \"Zoë Özdemir en 't Hart\"\n" not in history_file():
        fail("the history file lost the diacritics:\n" + history_file())


def completion():
    # What Tab put on the line is checked by what the line then does: the terminal stream holds
    # redraws, not the line itself.
    shell = Shell("--demo", "--stil")
    shell.expect(PROMPT)
    shell.send("leer\t")
    shell.expect("ling")
    shell.send("lijst --leer\t")
    shell.expect("jaar")
    shell.send("3 | aantal\r")
    shell.expect(r"\n158\n")
    shell.expect(PROMPT)
    shell.send("leerling toon \"Jayden Y\t")   # a name completes to the student's number
    shell.expect("1494")
    shell.send("\r")
    shell.expect(r"leerlingnummer: 1494\nroepnaam: +Jayden")
    shell.expect(PROMPT)
    shell.send("leerling toon Jansm\t")        # several: listed in columns with names
    shell.expect(r"Jansma, [A-Z]\d[A-Z].*Jansma")
    shell.send("\x15\x04")
    shell.exit_status()


def history_across_sessions():
    first = school("--stil")
    first.expect(SCHOOL)
    first.line("echo van-de-eerste", then=SCHOOL)
    first.send("\x04")
    first.exit_status()
    second = school("--stil")
    second.expect(SCHOOL)
    second.send("\x1b[A")
    second.expect("echo van-de-eerste")
    second.send("\r")
    second.expect("\nvan-de-eerste\n")
    second.expect(SCHOOL)
    second.send("geschiedenis 5\r")
    second.expect(r"\n +1 +echo van-de-eerste\n")
    second.expect(SCHOOL)
    second.send("\x04")
    second.exit_status()


def concurrent_sessions():
    one = school("--stil")
    two = school("--stil")
    one.expect(SCHOOL)
    two.expect(SCHOOL)
    for index in range(1, 4):
        one.line(f"echo een-{index}", then=SCHOOL)
        two.line(f"echo twee-{index}", then=SCHOOL)
    one.send("\x04")
    two.send("\x04")
    one.exit_status()
    two.exit_status()
    entries = history_file().splitlines()
    for expected in [f"echo {who}-{index}" for who in ("een", "twee") for index in range(1, 4)]:
        if expected not in entries:
            fail(f"{expected!r} is missing from the history: {entries}")


def interrupt_on_a_line():
    shell = Shell("--demo", "--stil")
    shell.expect(PROMPT)
    shell.send("echo half")
    shell.expect("echo half")
    shell.send("\x03")
    shell.expect(PROMPT)
    shell.line("echo heel")
    if "half\n" in shell.seen:
        fail("the interrupted line ran")
    shell.send("\x04")
    if shell.exit_status() != 0:
        fail("lobsh did not survive Ctrl-C")


def interrupt_a_long_command():
    with open(os.path.join(WORK, "groot.csv"), "w", encoding="utf-8") as handle:
        handle.write("leerlingnummer,roepnaam,achternaam,leerjaar,schooltype\n")
        for number in range(300000):
            handle.write(f"{100000 + number},Zoë,Jansen,{1 + number % 5},havo\n")
    shell = Shell("--db", os.path.join(WORK, "school.sqlite"), "--stil")
    shell.expect(r"lobsh\[school\]> ")
    shell.send("leerling importeer groot.csv\r")
    time.sleep(1.0)
    shell.send("\x03")
    shell.expect("onderbroken; er is niets gewijzigd")
    shell.expect(r"lobsh\[school\]> ")
    shell.send("leerling lijst | aantal\r")
    shell.expect("\n0\n")
    shell.expect(r"lobsh\[school\]> ")
    shell.send("stop\r")
    if shell.exit_status() != 0:
        fail("stop did not end lobsh with 0")


def continuation_prompt():
    shell = school("--stil")
    shell.expect(SCHOOL)
    shell.send("leerling lijst --klas H4A |\r")
    shell.expect("…> ")
    shell.send("aantal\r")
    shell.expect(r"\n\d+\n")
    shell.expect(SCHOOL)
    shell.send("echo \"twee\r")
    shell.expect("…> ")
    shell.send("regels\"\r")
    shell.expect("\ntwee\nregels\n")
    shell.expect(SCHOOL)
    shell.send("\x04")
    shell.exit_status()
    if "leerling lijst --klas H4A |\\naantal" not in history_file():
        fail("a multi-line statement is not one history entry:\n" + history_file())


def banner_init_file_and_pager():
    os.makedirs(os.path.join(WORK, "config", "lobsh"), exist_ok=True)
    with open(os.path.join(WORK, "config", "lobsh", "init.lob"), "w", encoding="utf-8") as handle:
        handle.write("zet klas H4A\nleerling lijst --klass H1A\n")
    paged = os.path.join(WORK, "paged.txt")
    shell = Shell("--demo", environment={"PAGER": f"cat > {paged}"})
    shell.expect("Typ 'help' voor de commando's, 'rondleiding'")
    shell.expect(r"init\.lob:2:16: fout: onbekende vlag '--klass' \(bedoelde je '--klas'\?\)")
    shell.expect(PROMPT)
    shell.line("echo $klas")
    shell.send("leerling lijst\r")
    shell.expect(PROMPT)
    with open(paged, encoding="utf-8") as handle:
        if "(787 rijen)" not in handle.read():
            fail("long output did not go through the pager")
    shell.line("zet pager uit")
    shell.send("leerling lijst\r")
    shell.expect(r"\(787 rijen\)")
    shell.expect(PROMPT)
    shell.send("\x04")
    shell.exit_status()
    quiet = Shell("--demo", "--stil", "--geen-init")
    quiet.expect(PROMPT)
    if "rondleiding" in quiet.seen:
        fail("--stil still shows the banner")
    quiet.line("echo ${klas-niet-gezet}", then="fout: onbekende variabele")
    quiet.send("\x04")
    quiet.exit_status()


def editor_for_the_report():
    # An "editor" that writes a verslag, as a mentor would in vi: the shell opens it for a missing --verslag.
    editor = os.path.join(WORK, "editor.sh")
    with open(editor, "w", encoding="utf-8") as handle:
        handle.write('#!/bin/sh\necho "Zoë wil de zorg in; ze bezoekt de open dag van het ROC." > "$1"\n')
    os.chmod(editor, 0o755)
    shell = Shell("--demo", "--stil", environment={"EDITOR": editor})
    shell.expect(PROMPT)
    shell.send("gesprek nieuw 1521 --met mentor:\"M. Smit\" --soort loopbaangesprek\r")
    match = shell.expect(r"gesprek (\d+) vastgelegd")
    shell.expect(PROMPT)
    shell.send(f"gesprek toon {match.group(1)}\r")
    shell.expect("Zoë wil de zorg in; ze bezoekt de open dag van het ROC.")
    shell.expect(PROMPT)
    shell.send("\x04")
    shell.exit_status()


def demo_writes_nothing():
    # The demo is a sandbox: Up and `geschiedenis` work from memory, and the home folder stays empty.
    before = sorted(os.walk(WORK))
    shell = Shell("--demo", "--stil")
    shell.expect(PROMPT)
    shell.line("echo in-het-geheugen")
    shell.line("zet thema presentatie")
    for key in ("\x1b[A", "\x1b[A", "\r"):  # Up twice: the first line, from the history in memory
        shell.send(key)
        time.sleep(0.2)
    shell.expect("\nin-het-geheugen\n")
    shell.expect(PROMPT)
    shell.send("geschiedenis\r")
    shell.expect(r"\n +1 +echo in-het-geheugen\n +2 +zet thema presentatie\n +3 +echo in-het-geheugen\n")
    shell.expect(PROMPT)
    shell.send("\x04")
    if shell.exit_status() != 0:
        fail("Ctrl-D did not end the demo with 0")
    after = sorted(os.walk(WORK))
    if after != before:
        fail(f"the demo wrote to the home folder: {after}")


def tour_enter_type_leave_resume():
    # The overview of step 1 is longer than 40 rows once network modules are in: no pager here.
    shell = Shell("--demo", "--stil", "--rondleiding", environment={"PAGER": "cat"})
    shell.expect("Rondleiding door lobsh op de demoschool")
    shell.expect("Stap 1 van 10: Het overzicht")
    shell.expect(r"'stop' \(of Ctrl-D\) verlaat de rondleiding\.")
    shell.expect(r"rondleiding 1/10> ")
    shell.send("\r")                                  # Enter runs the shown command
    shell.expect(r"lobsh\[demo\]> help\n")
    shell.expect("Meer over één groep of commando")
    shell.expect("Stap 2 van 10: Leerlingen en de pijplijn")
    shell.expect(r"rondleiding 2/10> ")
    shell.send("leerling lijst --leerjaar 3 | eerste 5\r")   # typing it does the same
    shell.expect(r"\(5 rijen\)")
    shell.expect("Stap 3 van 10: Filteren en sorteren")
    shell.expect(r"rondleiding 3/10> ")
    shell.send("leerling lijst --klas H4A | aantal\r")   # something else runs, and the step stays
    shell.expect(r"\n23\n")
    shell.expect("Nog steeds stap 3 van 10")
    shell.expect(r"rondleiding 3/10> ")
    shell.send("stop\r")                              # leaves the tour, not lobsh
    shell.expect("Je verlaat de rondleiding bij stap 3")
    shell.expect(PROMPT)
    shell.line("echo tussendoor")
    shell.send("rondleiding\r")                       # resumes where it was left
    shell.expect("Stap 3 van 10: Filteren en sorteren")
    shell.expect(r"rondleiding 3/10> ")
    shell.send("\x04")                                # Ctrl-D leaves the tour too
    shell.expect("Je verlaat de rondleiding bij stap 3")
    shell.expect(PROMPT)
    shell.send("rondleiding --stap 10\r")
    shell.expect("Stap 10 van 10: Alles terug naar het begin")
    shell.expect(r"rondleiding 10/10> ")
    shell.send("\r")
    shell.expect("De demoschool is hersteld")
    shell.expect("Dat was de rondleiding!")
    shell.expect(PROMPT)
    shell.send("rondleiding\r")                       # after the end it starts again
    shell.expect("Stap 1 van 10: Het overzicht")
    shell.expect(r"rondleiding 1/10> ")
    shell.send("q\r")
    shell.expect("Je verlaat de rondleiding bij stap 1")
    shell.expect(PROMPT)
    shell.send("\x04")
    if shell.exit_status() != 0:
        fail("lobsh did not end with 0 after the tour")


def corrupt_history_file():
    # Garbage bytes in the history file (not UTF-8, NUL bytes, no line ends): lobsh starts all the same,
    # works, and appends the next entry.
    os.makedirs(os.path.join(WORK, "state", "lobsh"), exist_ok=True)
    with open(os.path.join(WORK, "state", "lobsh", "history"), "wb") as handle:
        handle.write(bytes(range(256)) * 40 + b"\xff\xfe\x00\x00\xc3")
    shell = school()
    shell.expect(SCHOOL)
    shell.line("echo nog steeds goed", then="nog steeds goed\n")
    shell.expect(SCHOOL)
    shell.send("\x04")
    if shell.exit_status() != 0:
        fail("Ctrl-D did not end lobsh with 0")
    with open(os.path.join(WORK, "state", "lobsh", "history"), "rb") as handle:
        if b"echo nog steeds goed\n" not in handle.read():
            fail("the entry was not appended to the damaged history file")


def backup_reminder_weekly():
    # A new database is no reminder: it only comes for a database that existed at the start.
    shell = school("--stil")
    shell.expect(SCHOOL)
    shell.line("leerling lijst | aantal", then="0\n")
    shell.expect(SCHOOL)
    shell.send("\x04")
    shell.exit_status()
    if "backup" in shell.seen:
        fail("a reminder on a new database:\n" + shell.seen)
    # Never backed up: reminded once, then not again within the week.
    shell = school("--stil")
    shell.expect("let op: van deze database is nog nooit een backup gemaakt; maak er een met: database backup BESTAND")
    shell.expect(SCHOOL)
    shell.send("\x04")
    shell.exit_status()
    shell = school("--stil")
    shell.expect(SCHOOL)
    shell.line("database backup kopie.sqlite", then="backup gemaakt in kopie.sqlite")
    shell.expect(SCHOOL)
    shell.send("\x04")
    shell.exit_status()
    if "let op" in shell.seen:
        fail("reminded twice within a week")
    if not os.path.exists(os.path.join(WORK, "state", "lobsh", "backup-herinnering")):
        fail("the time of the reminder was not kept in the state folder")
    # A script run stays quiet, whatever the age of the backup.
    os.remove(os.path.join(WORK, "state", "lobsh", "backup-herinnering"))
    shell = Shell("--db", os.path.join(WORK, "school.sqlite"), "-c", "echo klaar")
    shell.expect("klaar")
    shell.exit_status()
    if "let op" in shell.seen:
        fail("a script run gave the reminder")


SCENARIOS = {name: function for name, function in globals().items() if callable(function) and name in {
    "utf8_typing_and_recall", "completion", "history_across_sessions", "concurrent_sessions",
    "interrupt_on_a_line", "interrupt_a_long_command", "continuation_prompt", "banner_init_file_and_pager",
    "editor_for_the_report", "demo_writes_nothing", "tour_enter_type_leave_resume", "corrupt_history_file",
    "backup_reminder_weekly",
}}

if __name__ == "__main__":
    if SCENARIO == "list":
        print("\n".join(sorted(SCENARIOS)))
        sys.exit(0)
    SCENARIOS[SCENARIO]()
