"""The command line: --help everywhere, the host administrator's token bootstrap."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from medenclave.security.tokens import TokenVerifier, load_or_create_signing_key
from medenclave_cli.main import _parser, main


def _commands(parser: argparse.ArgumentParser, prefix=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from _commands(sub, (*prefix, name))


COMMANDS = sorted(set(_commands(_parser())))


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_everywhere(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    assert "usage: medenclave" in capsys.readouterr().out


def test_token_issue_signs_with_the_installation_key(tmp_path, capsys):
    assert main(["token", "issue", "--role", "auditor", "--subject", "a.b",
                 "--data-dir", str(tmp_path)]) == 0
    token = capsys.readouterr().out.strip()
    key = load_or_create_signing_key(tmp_path / "access" / "keys")
    principal = TokenVerifier({key.kid: key.public_pem}).verify(token)
    assert (principal.subject, principal.role) == ("a.b", "auditor")


def test_unknown_role_and_missing_stack_fail_clearly(tmp_path):
    bad = subprocess.run([sys.executable, "-m", "medenclave_cli.main", "token", "issue", "--role",
                          "radiologst", "--subject", "x", "--data-dir", str(tmp_path)],
                         capture_output=True, text=True)
    assert bad.returncode != 0 and "Did you mean 'radiologist'" in bad.stderr
    none = subprocess.run([sys.executable, "-m", "medenclave_cli.main", "studies", "list",
                           "--data-dir", str(tmp_path), "--token", "t"],
                          capture_output=True, text=True)
    assert none.returncode != 0 and "no running stack" in none.stderr
