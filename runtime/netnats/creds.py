"""The same identities as ``.creds`` files: NATS's decentralized (JWT) authentication.

``shim network-config --creds`` writes, instead of one NKey user per participant in the server's
configuration, what ``nsc`` would: an operator, one account (``gateway-network``), and per
participant a user JWT that carries its permissions (``runtime.netnats.identities``) signed by
the account, with its seed, in ``NAME.creds`` (``shim serve --creds NAME.creds``); the server's
configuration trusts the operator and preloads the account (``resolver: MEMORY``). The server
then needs no list of users: a participant's permissions travel in its own, signed, JWT.

The JWTs are NATS JWT v2 as its ``jwt`` library writes them (header ``{"typ": "JWT", "alg":
"ed25519-nkey"}``, claims ``jti``/``iat``/``iss``/``sub``/``name``/``nats``, each part base64url
without padding, signed with the issuer's NKey). They are made here with ``nkeys`` (nats-py's own
dependency): the one Python package that writes NATS JWTs (nats-jwt 0.2) serializes an account's
signing keys and a user's response permission in shapes nats-server does not read.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import time
from pathlib import Path

#: The one account's name, and the file (in the output folder) holding the operator's seed.
ACCOUNT = "gateway-network"
OPERATOR_SEED = "operator.nk"

#: "no limit" in NATS JWT claims (an absent limit is 0: nothing allowed).
NO_LIMIT = -1
_HEADER = {"typ": "JWT", "alg": "ed25519-nkey"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _keypair(prefix: int):
    import nkeys

    return nkeys.from_seed(bytearray(nkeys.encode_seed(os.urandom(32), prefix)))


def encode_jwt(subject: str, name: str, issuer, nats: dict) -> str:
    """A NATS JWT v2 for ``subject`` (a public key) signed by ``issuer`` (an nkeys KeyPair)."""
    claims = {"jti": "", "iat": int(time.time()), "iss": issuer.public_key.decode(), "name": name,
              "sub": subject, "nats": {**nats, "version": 2}}
    digest = hashlib.sha256(json.dumps(claims, separators=(",", ":")).encode()).digest()
    claims["jti"] = base64.b32encode(digest).decode().rstrip("=")
    signed = _b64(json.dumps(_HEADER, separators=(",", ":")).encode()) + "." + \
        _b64(json.dumps(claims, separators=(",", ":")).encode())
    return signed + "." + _b64(issuer.sign(signed.encode()))


def creds_text(jwt: str, seed: str) -> str:
    """A ``.creds`` file as ``nsc`` writes it (nats-py's ``user_credentials`` reads it)."""
    return ("-----BEGIN NATS USER JWT-----\n" f"{jwt}\n" "------END NATS USER JWT------\n\n"
            "************************* IMPORTANT *************************\n"
            "NKEY Seed printed below can be used to sign and prove identity.\n"
            "NKEYs are sensitive and should be treated as secrets.\n\n"
            "-----BEGIN USER NKEY SEED-----\n" f"{seed}\n" "------END USER NKEY SEED------\n\n"
            "*************************************************************\n")


def write_creds_config(out: Path, participants: list, listen: str) -> Path:
    """Write ``out/nats-server.conf`` (operator mode) and ``out/NAME.creds`` (mode 0600) for
    every participant (``identities.Participant``); the configuration's path."""
    import nkeys

    operator = _keypair(nkeys.PREFIX_BYTE_OPERATOR)
    account = _keypair(nkeys.PREFIX_BYTE_ACCOUNT)
    operator_jwt = encode_jwt(operator.public_key.decode(), "shim", operator, {"type": "operator"})
    limits = {"subs": NO_LIMIT, "data": NO_LIMIT, "payload": NO_LIMIT, "imports": NO_LIMIT,
              "exports": NO_LIMIT, "wildcards": True, "conn": NO_LIMIT, "leaf": NO_LIMIT}
    account_id = account.public_key.decode()
    account_jwt = encode_jwt(account_id, ACCOUNT, operator, {"type": "account", "limits": limits})
    signer = out / OPERATOR_SEED  # kept to sign the account again when a participant is revoked
    signer.write_bytes(operator.seed + b"\n")
    signer.chmod(0o600)
    for participant in participants:
        user = _keypair(nkeys.PREFIX_BYTE_USER)
        permissions = participant.permissions()
        claims = {"type": "user", "pub": permissions["publish"], "sub": permissions["subscribe"],
                  "resp": {"max": 1, "ttl": 0}, "subs": NO_LIMIT, "data": NO_LIMIT, "payload": NO_LIMIT}
        jwt = encode_jwt(user.public_key.decode(), participant.name, account, claims)
        path = out / f"{participant.name}.creds"
        path.write_text(creds_text(jwt, user.seed.decode()), encoding="utf-8")
        path.chmod(0o600)
    config = out / "nats-server.conf"
    config.write_text(
        "# The Gateway Network's NATS server in operator (JWT) mode (written by shim network-config --creds).\n"
        "# Every participant's permissions are in its own signed user JWT, NAME.creds.\n"
        f"listen: {json.dumps(listen)}\n"
        f"operator: {operator_jwt}\n"
        "resolver: MEMORY\n"
        f"resolver_preload: {{\n  {account_id}: {account_jwt}\n}}\n", encoding="utf-8")
    return config


def claims_of(jwt: str) -> dict:
    """A JWT's claims (not verified: shim reads back what it signed itself)."""
    part = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def revoke_creds(out: Path, name: str) -> Path:
    """Revoke participant ``name`` of ``write_creds_config``'s configuration in ``out``: the
    account JWT, signed again by the operator (``operator.nk``), lists its user key under
    ``revocations`` (NATS JWT v2: user JWTs issued up to that time are refused); its
    ``NAME.creds`` stays, now worthless. The configuration's path; ValueError when something is
    missing or ``name`` is revoked already."""
    import nkeys

    config = out / "nats-server.conf"
    text = config.read_text(encoding="utf-8")
    creds = out / f"{name}.creds"
    found = re.search(r"^  (A[A-Z2-7]+): (\S+)$", text, re.MULTILINE)
    if found is None:
        raise ValueError(f"{config} was not written by shim network-config --creds")
    try:
        user_jwt = re.search(r"-----BEGIN NATS USER JWT-----\n(\S+)\n", creds.read_text(encoding="utf-8")).group(1)
    except (OSError, AttributeError):
        raise ValueError(f"{creds} is not there: {name} is no participant of {out}") from None
    try:
        operator = nkeys.from_seed(bytearray((out / OPERATOR_SEED).read_bytes().strip()))
    except OSError:
        raise ValueError(f"{out / OPERATOR_SEED} is missing: only a configuration written by this version of "
                         "shim network-config --creds can revoke; write a new one") from None
    account_id, account_jwt = found.groups()
    account = claims_of(account_jwt)["nats"]
    account.pop("version", None)
    revocations = dict(account.get("revocations") or {})
    user_key = claims_of(user_jwt)["sub"]
    if user_key in revocations:
        raise ValueError(f"{name} of {out} is revoked already")
    revocations[user_key] = int(time.time()) + 1  # "issued at or before": every JWT of that key
    account["revocations"] = revocations
    signed = encode_jwt(account_id, ACCOUNT, operator, account)
    config.write_text(text.replace(f"  {account_id}: {account_jwt}", f"  {account_id}: {signed}"), encoding="utf-8")
    return config
