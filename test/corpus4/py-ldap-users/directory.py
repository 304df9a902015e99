"""LDAP connection handling (ldap3)."""
import logging
import os
import ssl

from ldap3 import ALL, Connection, Server, Tls

log = logging.getLogger("ldap-users.directory")

LDAP_HOST = os.environ.get("LDAP_HOST", "ldap.corp.example.com")
BASE_DN = os.environ.get("LDAP_BASE_DN", "ou=people,dc=corp,dc=example,dc=com")
BIND_DN = os.environ.get("LDAP_BIND_DN", "uid=mcp,ou=services,dc=corp,dc=example,dc=com")
# ok: hardcoded-secret
BIND_PASSWORD = os.environ["LDAP_BIND_PASSWORD"]


def connect() -> Connection:
    ca_file = os.environ.get("LDAP_CA_FILE")
    if ca_file:
        # ok: tls-verification-disabled
        tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=ca_file, version=ssl.PROTOCOL_TLS_CLIENT)
    else:
        # ruleid: tls-verification-disabled
        tls = Tls(validate=ssl.CERT_NONE)
    server = Server(LDAP_HOST, port=636, use_ssl=True, tls=tls, get_info=ALL)
    # ruleid: sensitive-data-logged
    log.info("binding to %s as %s with password %s", LDAP_HOST, BIND_DN, BIND_PASSWORD)
    # ok: sensitive-data-logged
    log.info("binding to %s as %s", LDAP_HOST, BIND_DN)
    return Connection(server, user=BIND_DN, password=BIND_PASSWORD, auto_bind=True, read_only=True)
