#!/usr/bin/env python3
"""Partner API signing sample (Python 3, standard library only).

    python3 partner_sample.py                      # prints the test vector's signature
    python3 partner_sample.py BASE_URL APP_ID SECRET SESSION_ID
    # or PARTNER_BASE_URL, PARTNER_APP_ID, PARTNER_SECRET, PARTNER_SESSION_ID in the environment;
    # PATIENT_NAME, PATIENT_DOCUMENT_NO, PATIENT_MOBILE choose the patient (a demo patient by default)

With a gateway it books the patient into the session (201) and then books the same patient into
the same session again under a new Idempotency-Key (409 DUPLICATE_BOOKING), printing each status.
"""
import base64
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid


def sign(secret, method, path_and_query, timestamp, nonce, body):
    """X-Signature = base64(HMAC-SHA256(secret, METHOD\\nPATH\\nTIMESTAMP\\nNONCE\\nhex(SHA-256(body))))."""
    canonical = "\n".join(
        [method.upper(), path_and_query, timestamp, nonce, hashlib.sha256(body).hexdigest()]
    )
    digest = hmac.new(secret.encode("utf-8"), canonical.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def call(base_url, app_id, secret, method, path_and_query, payload=None):
    """One signed request; returns (status, parsed JSON body)."""
    body = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
    timestamp = str(int(time.time()))
    nonce = uuid.uuid4().hex  # 32 characters, new for every request
    headers = {
        "Accept": "application/json",
        "X-App-Id": app_id,
        "X-Timestamp": timestamp,
        "X-Nonce": nonce,
        "X-Signature": sign(secret, method, path_and_query, timestamp, nonce, body),
    }
    if payload is not None:
        headers["Content-Type"] = "application/json"
    if method == "POST":
        headers["Idempotency-Key"] = str(uuid.uuid4())  # keep it to retry a 503 or a timeout
    request = urllib.request.Request(
        base_url.rstrip("/") + path_and_query,
        data=body if payload is not None else None,
        headers=headers,
        method=method,
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:  # 4xx/5xx: a problem+json body with a stable code
        return error.code, json.loads(error.read() or b"null")


def main(argv):
    vector = sign("s3cret", "POST", "/v1/appointments?x=1", "1700000000", "abcdef0123456789", b'{"a":1}')
    print("test vector signature: " + vector)

    args = argv[1:]
    base_url = args[0] if len(args) > 0 else os.environ.get("PARTNER_BASE_URL")
    app_id = args[1] if len(args) > 1 else os.environ.get("PARTNER_APP_ID")
    secret = args[2] if len(args) > 2 else os.environ.get("PARTNER_SECRET")
    session_id = args[3] if len(args) > 3 else os.environ.get("PARTNER_SESSION_ID")
    if not (base_url and app_id and secret and session_id):
        return 0

    booking = {
        "sessionId": int(session_id),
        "patient": {
            "name": os.environ.get("PATIENT_NAME", "张三"),
            "documentType": "NATIONAL_ID",
            "documentNo": os.environ.get("PATIENT_DOCUMENT_NO", "11010519491231002X"),
            "mobile": os.environ.get("PATIENT_MOBILE", "13812345678"),
        },
    }
    status, body = call(base_url, app_id, secret, "POST", "/v1/appointments", booking)
    if status == 201:
        print("booked: %d id=%s code=%s visitNo=%s startsAt=%s"
              % (status, body["id"], body["code"], body["visitNo"], body["startsAt"]))
    else:
        print("booked: %d code=%s" % (status, body.get("code") if isinstance(body, dict) else body))

    status, body = call(base_url, app_id, secret, "POST", "/v1/appointments", booking)
    print("again: %d code=%s" % (status, body.get("code") if isinstance(body, dict) else body))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
