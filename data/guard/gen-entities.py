#!/usr/bin/env python3
"""gen-entities.py - writes data/guard/entities-eval.jsonl: answer-like texts
(sentences written for this project) with synthetic secrets and personal data
whose checksums are valid, each line listing the exact spans
({"type", "start", "end"}, byte offsets) that `saiguard guard eval` checks.
A third of the lines hold look-alikes that must not be found (bad checksums,
placeholders, versions, dates). Deterministic:
  python3 data/guard/gen-entities.py > data/guard/entities-eval.jsonl"""
import json
import random
import string

rng = random.Random(7)
ALNUM = string.ascii_letters + string.digits

def rand(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))

def luhn_complete(prefix, n):
    body = prefix + rand(string.digits, n - len(prefix) - 1)
    for d in string.digits:
        digits = [int(c) for c in body + d]
        tot = 0
        for i, v in enumerate(reversed(digits)):
            if i % 2 == 1:
                v *= 2
                v -= 9 if v > 9 else 0
            tot += v
        if tot % 10 == 0:
            return body + d

def card():
    kind = rng.choice(["visa", "mc", "amex"])
    if kind == "amex":
        c = luhn_complete(rng.choice(["34", "37"]), 15)
        return f"{c[:4]} {c[4:10]} {c[10:]}" if rng.random() < 0.5 else c
    c = luhn_complete("4" if kind == "visa" else rng.choice(["51", "53", "55"]), 16)
    sep = rng.choice([" ", "-", ""])
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))

IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16}

def iban():
    cc = rng.choice(list(IBAN_LEN))
    n = IBAN_LEN[cc]
    if cc in ("GB", "NL"):
        bban = rand(string.ascii_uppercase, 4) + rand(string.digits, n - 8)
    elif cc == "IT":
        bban = rand(string.ascii_uppercase, 1) + rand(string.digits, n - 5)
    else:
        bban = rand(string.digits, n - 4)
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    check = 98 - num % 97
    s = f"{cc}{check:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.5 else s

def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"

def dni():
    n = rng.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

def nir():
    body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    s = body + f"{key:02d}"
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"

def phone():
    if rng.random() < 0.5:
        return f"+{rng.choice(['44', '33', '49', '34'])} {rng.randint(20, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    return f"({rng.randint(201, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"

def email():
    user = rng.choice(["jane.doe", "m.rossi", "ops-team", "k.nguyen+billing", "sales"])
    return f"{user}@{rng.choice(['example.com', 'mail.example.org', 'corp.example.co.uk'])}"

def pem():
    kind = rng.choice(["RSA ", "EC ", "OPENSSH ", "", "ENCRYPTED "])
    body = "\n".join(rand(string.ascii_letters + string.digits + "+/", 64) for _ in range(rng.randint(2, 5)))
    return f"-----BEGIN {kind}PRIVATE KEY-----\n{body}\n-----END {kind}PRIVATE KEY-----"

def conn_password():
    scheme = rng.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
    user = rng.choice(["app", "svc_orders", "reporting", "etl", "api_rw"])
    host = rng.choice(["db.internal", "10.0.4.12", "pg-primary.prod.example.net", "cache-1"])
    return f"{scheme}://{user}:", rand(ALNUM + "!#%^*-_", rng.randint(12, 24)), f"@{host}:5432/main"

def generic_secret():
    key = rng.choice(["api_key", "API_KEY", "client_secret", "auth_token", "password", "SECRET_KEY",
                      "access_token", "private_key"])
    sep = rng.choice(["=", ": ", " = ", "=\""])
    value = rand(string.ascii_letters, 4) + rand(ALNUM + "+/", rng.randint(20, 36)) + rand(string.digits, 2)
    return key + sep, value, "\"" if sep.endswith("\"") else ""

GEN = {
    "anthropic_key": lambda: "sk-ant-api03-" + rand(ALNUM + "_-", 93) + "AA",
    "private_key": pem, "connection_password": conn_password, "generic_secret": generic_secret,
    "aws_access_key": lambda: "AKIA" + rand(string.ascii_uppercase + string.digits, 16),
    "github_token": lambda: "ghp_" + rand(ALNUM, 36),
    "slack_token": lambda: f"xoxb-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rand(ALNUM, 24)}",
    "openai_key": lambda: "sk-proj-" + rand(string.ascii_lowercase, 6) + rand(ALNUM, 34) + "Q7z",
    "google_api_key": lambda: "AIza" + rand(ALNUM, 35),
    "stripe_key": lambda: "sk_live_" + rand(ALNUM, 24),
    "jwt": lambda: "eyJhbGciOiJIUzI1NiJ9.eyJ" + rand(ALNUM, 30) + "." + rand(ALNUM + "_-", 43),
    "credit_card": card, "iban": iban, "email": email, "phone": phone,
    "us_ssn": ssn, "es_dni": dni, "fr_nir": nir,
}

TEMPLATES = {
    "anthropic_key": ["The summariser calls Claude with key {} from the vault.", "Export ANTHROPIC_API_KEY={} before the run."],
    "private_key": ["The deploy key in the repo was:\n{}\nRotate it.", "Here is the server key you asked about:\n{}"],
    "connection_password": ["The worker connects to {} on start.", "DATABASE_URL={} is set in the pod spec."],
    "generic_secret": ["The config file contains {} in plain text.", "Line 12 of settings.py reads {}."],
    "aws_access_key": ["The deploy role uses access key {} in eu-west-1.", "Set AWS_ACCESS_KEY_ID={} and retry the upload."],
    "github_token": ["Your CI token is {}; keep it out of the repo.", "I found {} hard-coded in the workflow file."],
    "slack_token": ["The bot authenticates with {} when posting alerts."],
    "openai_key": ["In the notebook the client is created with api key {} and model gpt-4o."],
    "google_api_key": ["Maps requests are signed with {} at the moment."],
    "stripe_key": ["The payment service reads {} from its environment."],
    "jwt": ["Send the header Authorization: Bearer {} with each call."],
    "credit_card": ["The customer paid with card {} last Friday.", "Card number {} was declined twice."],
    "iban": ["Please transfer the refund to {} before the end of the month.", "Our supplier's account is {}."],
    "email": ["You can reach the account manager at {} during office hours.", "I have forwarded it to {}."],
    "phone": ["Call the support desk on {} if the issue persists.", "Her mobile number is {}."],
    "us_ssn": ["The form lists SSN {} for the applicant."],
    "es_dni": ["El titular del contrato tiene DNI {} según el registro."],
    "fr_nir": ["Le numéro de sécurité sociale {} figure sur la carte."],
}

NEGATIVES = [
    "Version 2.14.3 was released on 2024-05-01 with 1024 fixes.",
    "Order 1234 5678 9012 3456 was shipped (this is an order number, not a card).",
    "Set api_key = <your key here> in the config file.",
    "Connect with postgres://user:password@localhost:5432/app in development.",
    "Use the IBAN format DE00 0000 0000 0000 0000 00 as a placeholder.",
    "The ticket number is 555-12-0000 and the room is 101.",
    "ssh deploy@10.0.0.12 and run make.",
    "Call extension 4412 or the front desk.",
    "The AKIA prefix marks AWS access keys; never commit one.",
    "Mount Everest is 8,848.86 metres high, about 29,031.7 feet.",
    "The hash is 3f6a3562c52ab3f75c53b33146c16994fe8d360b.",
    "Meeting at 10:30, room 4B, dial-in code 482 991.",
]

def main():
    for i in range(420):
        parts, spans = [], []
        pos = 0
        types = rng.sample(list(TEMPLATES), rng.randint(1, 3))
        for t in types:
            value = GEN[t]()
            lead, tail = "", ""
            if isinstance(value, tuple):  # context around the span inside the slot
                lead, value, tail = value
            tmpl = rng.choice(TEMPLATES[t])
            before, after = tmpl.split("{}")
            before += lead
            sentence = before + value + tail + after + " "
            start = len((("".join(parts)) + before).encode())
            spans.append({"type": t, "start": start, "end": start + len(value.encode())})
            parts.append(sentence)
        text = "".join(parts).rstrip()
        print(json.dumps({"text": text, "entities": spans}, ensure_ascii=False))
    for i in range(180):
        text = " ".join(rng.sample(NEGATIVES, rng.randint(1, 3)))
        print(json.dumps({"text": text, "entities": []}, ensure_ascii=False))

main()
