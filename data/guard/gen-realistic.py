#!/usr/bin/env python3
"""gen-realistic.py - writes data/guard/entities-realistic.jsonl, the second
secrets/PII evaluation set. Unlike gen-entities.py (templated sentences,
random values) every text here was written by hand, one at a time, in the
shapes leaks take in practice: log lines, .env and YAML files, code blocks,
curl commands, stack traces, CSV and markdown tables, SQL, and chat answers
in several languages, often with several entities on one line. About half
the texts hold only near-misses users complain about: version numbers,
UUIDs, git SHAs, digests, timestamps, order and tracking numbers, IP and MAC
addresses, ISBNs, IMEIs, published test card numbers, documentation
placeholders and the AWS example keys.

Each expected span is marked inline as [[type:value]] (doubled fullwidth
brackets in the source, so that brackets in code stay literal); the script
strips the marks and records byte offsets into the UTF-8 text. All values
are synthetic (checksums made valid where the format has one).
  python3 data/guard/gen-realistic.py > data/guard/entities-realistic.jsonl"""
import json
import re
import sys

O, C = "\u27e6", "\u27e7"  # the marks: U+27E6 / U+27E7


def m(kind, value):
    return f"{O}{kind}:{value}{C}"


PEM_RSA = ("-----BEGIN RSA PRIVATE KEY-----\n"
           "MIIEpAIBAAKCAQEAJittVYQT1rRTnuyUC97eLQtDkH58AXzv1vYZwSMyWtdYJTXA\n"
           "nMLtS6f9PQyHsE+7dHxdliDWuSGQMZ2G5a/x8xe3EsJbvL6FzVXg5xc6yVXRuyzi\n"
           "xdPr1FOLcwUoCa4sE//eym4DBT8mYjsZwg8vZhY00B0pmslDvrqowjNflXWNSH7u\n"
           "-----END RSA PRIVATE KEY-----")
PEM_EC = ("-----BEGIN EC PRIVATE KEY-----\n"
          "MHcCAQEEIBDJy8ZbsZapCMJOXY+0q0fVfEPF+7C3S/TyV6YtlNoCoAoGCCqGSM49\n"
          "AwEHoUQDQgAEWUakWLzw1GhZ7Ncs3t2wc/ld9FWEJIf6KjLWXO/aekixFLirumor\n"
          "-----END EC PRIVATE KEY-----")
PEM_PKCS8 = ("-----BEGIN PRIVATE KEY-----\n"
             "MC4CAQAwBQYDK2VwBCIEIJg/Ya0skdOz/ntor+YV09XywulF6Rkp4Z+YlHGDS/Yj\n"
             "-----END PRIVATE KEY-----")
PEM_OPENSSH = ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
               "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
               "QyNTUxOQAAACBn43G3aNFuP4HMiiWcJ+mLjjCry6htwr8ePo5Kg3kIhwAAAJgPLfnXDy35\n"
               "-----END OPENSSH PRIVATE KEY-----")
PEM_ENC = ("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
           "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQIPLfnXwBZZ/NCAggA\n"
           "MAwGCCqGSIb3DQIJBQAwFAYIKoZIhvcNAwcECH22jdHbDUjFBIIEyDYydTRhLi4N\n"
           "-----END ENCRYPTED PRIVATE KEY-----")
JWT1 = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NDE3Iiwicm9sZSI6ImFkbWluIiwiZXhwIjoxNzY3"
        "MjI1NjAwfQ.n0G9W8uw8de9puyHB9d3xvE_pg3mKBxfeN4_YYsakj8")
JWT2 = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzgyaGYiLCJzY29wZSI6InJlYWQ6b3JkZXJzIiwi"
        "aWF0IjoxNzMxMDAwMDAwfQ.A7s3aEcu6t7EYyjDzBIjnp5xICEA-N8BNcY39fsq3yo")
JWT3 = ("eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS5pbyIsImF1ZCI6ImFw"
        "aSIsInN1YiI6Ijk5MzEifQ.SlD2MorgraA0LvD3sDL39-RiTAVcairvJUMQVE3RmpY")
ANT1 = ("sk-ant-api03-mF8u9oiqaNs0Gc4LtWa4pmDP4iXJ44MG508LOvndABLZCPvmDXqQYAMWHS5FwMezMv3q4W_hNeRM0"
        "CKSSXCb12XUFWTdnAA")
ANT2 = ("sk-ant-admin01-EBw-Y8u3yVdkmoBYp6Sm1EPNamiRt60mny-RxplSEt47m2qlc72i4_h58Smg0x2iGF2nSvbsNH3n"
        "CUj0kHO2NDx1GeG6LAA")
ANT3 = "sk-ant-api03-Zq8Lw2Vn5Rt7Yb4Kc1Xs9Dh3Fg6Jm0Pa8Ue2Io5Wy7Tr4Qe1Nb3Mv6Lc9Kx2Hz5Gj8Df1Sa4Ap7_x-TwAA"
OAI1 = "sk-proj-7FZEO1f_Fx4yo8W9c-BXe7rLEOI3dTvpVBjv6Zon1ZaFzgHvT3BlbkFJHr6xfqk76cnT1OZTJh5C"
OAI2 = "sk-JQcw949SD18GO7c97529mPPEdsfkPernasNPcE7qe4SUIkJO"
OAI3 = "sk-svcacct-E_gTDY7lFeb0Xl4wvEvzRZJv7lcSjqF8tPw_oraWl_1RTkcGEoWFMwNbdRw6"
GHPAT = ("github_pat_11I6NR5I9UXZ88MJ9JJIDC_rYt80lir9ISwiDklSdWlRjAPNF6I9btoGx4IfDRVAj5ujTGcEadgwL2"
         "TS00")

RECORDS = [
    # ---- logs ---------------------------------------------------------------
    f"2024-11-02T09:14:55.120Z INFO  payment.api charge ok user={m('email', 'mirela.ionescu@posteo.de')} "
    f"card={m('credit_card', '4158813998698797')} amount=129.00 EUR req=7f3c2a9e-41d2-4c6b-9a0e-2b7f0c1d9e44",
    f"Nov 02 09:15:01 web-3 sshd[20931]: Accepted publickey for deploy from 10.20.4.17 port 53122 ssh2: "
    "ED25519 SHA256:Jm7cNhq0C1y2m6xU3pHb9rJ4sWk8aFz5Tn2Lq1Ve0Yo",
    f"[2024-10-30 18:02:11,447] ERROR worker.py:212 upstream refused: POST https://api.openai.com/v1/"
    f"chat/completions Authorization: Bearer {m('openai_key', OAI1)} -> 401",
    "level=warn ts=2024-10-29T23:59:59.999+01:00 caller=retry.go:88 msg=\"retrying\" attempt=3 "
    "backoff=1.6s trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7",
    f"127.0.0.1 - - [12/Oct/2024:06:25:24 +0000] \"GET /v2/export?token={m('jwt', JWT2)} HTTP/1.1\" "
    "200 51234 \"-\" \"curl/8.5.0\"",
    f"WARN  [notify] SMS to {m('phone', '+44 7700 900123')} failed (carrier code 21614), fallback "
    f"e-mail to {m('email', 'ops-oncall@example-corp.co.uk')} queued as job #558213",
    "2024-06-01 00:00:01.004 UTC [1841] LOG:  checkpoint complete: wrote 2281 buffers (13.9%); "
    "0 WAL file(s) added, 1 removed, 3 recycled; write=269.931 s, sync=0.011 s",
    f"kubelet[882]: E1103 14:22:07.551 pod_workers.go:1298 Error syncing pod: failed to pull "
    f"registry.acme.io/api:v2.14.3 - env DATABASE_URL=postgresql://svc_api:"
    f"{m('connection_password', 'r7Qw-Lz2pX9vKd4N')}@pg-primary.acme.internal:5432/orders",
    "Oct 31 11:02:44 fw01 kernel: DROP IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 "
    "SRC=203.0.113.45 DST=198.51.100.7 LEN=60 TTL=52 ID=54321 PROTO=TCP SPT=44321 DPT=22",
    f"audit: user {m('email', 'j.kowalski@firma.pl')} changed payout IBAN to "
    f"{m('iban', 'PL20458500370382653845355778')} from 192.168.1.44 at 2024-09-18 12:01:55",
    "2024-11-04 10:31:07 INFO  build #20241104.7 finished in 00:07:12, 1,284 tests, 0 failures, "
    "artifact sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    f"DEBUG slack-notifier: using token {m('slack_token', 'xoxb-450283166323-3735286675347-78JMEf45nVmhWfwTRNSkhlnP')} "
    "for channel C04QZ9X7K2L",

    # ---- .env, YAML, JSON, INI ----------------------------------------------
    f"# .env.production\nNODE_ENV=production\nPORT=8080\n"
    f"OPENAI_API_KEY={m('openai_key', OAI2)}\n"
    f"STRIPE_SECRET_KEY={m('stripe_key', 'sk_live_kWZSsb4gmDyexz9e2axKQfrJ')}\n"
    "SENTRY_DSN=https://a1b2c3d4e5f6@o4504.ingest.sentry.io/4505",
    f"aws:\n  region: eu-central-1\n  access_key_id: {m('aws_access_key', 'AKIA169VU5ZULM3OWW0Y')}\n"
    f"  secret_access_key: {m('generic_secret', 'Zq9vR2mXw7Lk3Tb8Ny5Hc1Pd6Gs4Jf0Ue2Ao7Ix')}\n  bucket: acme-exports-prod",
    "aws:\n  # the key pair from the AWS documentation, not a real one\n"
    "  access_key_id: AKIAIOSFODNN7EXAMPLE\n"
    "  secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    f'{{\n  "service": "billing",\n  "version": "3.8.1",\n  "anthropic": {{"api_key": "{m("anthropic_key", ANT1)}"}},\n'
    '  "retries": 3,\n  "timeout_ms": 15000\n}',
    f"[database]\nhost = db.internal\nport = 5432\nuser = reporting\npassword = {m('generic_secret', 'Xe8#vQ2!mLp9Wt4z')}\n"
    "sslmode = verify-full",
    f"spring:\n  datasource:\n    url: jdbc:mysql://mysql-1.prod:3306/shop?useSSL=true\n    username: shop_rw\n"
    f"    password: {m('generic_secret', 'Kd93!fLq0xNw7Vz2Rm')}",
    "spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/app\n    username: app\n"
    "    password: ${DB_PASSWORD}",
    f"redis:\n  url: redis://:{m('connection_password', 'Hs82kQp1Lw9xZe4T')}@cache-01.internal:6379/0",
    "mongodb:\n  uri: mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/test",
    f"GOOGLE_MAPS_KEY={m('google_api_key', 'AIza0HA4uTNHNoFazROpRZ27WnV35PWTbTXSG9b')}\n"
    "GOOGLE_CLOUD_PROJECT=acme-maps-421907\nFEATURE_FLAGS=geo,eta,traffic",
    f'{{"type": "service_account", "project_id": "acme-ml-3318", "private_key_id": '
    f'"3f8a2c1d9e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39", "private_key": "{m("private_key", PEM_PKCS8.replace(chr(10), chr(92) + "n"))}\\n", '
    f'"client_email": "{m("email", "trainer@acme-ml-3318.iam.gserviceaccount.com")}"}}',
    "# values.yaml\nimage:\n  repository: ghcr.io/acme/api\n  tag: 1.42.0\n"
    "  digest: sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904a1b2c3d4e5f60718293a4b5c\nreplicas: 3",

    # ---- code ---------------------------------------------------------------
    f"```python\nimport anthropic\n\nclient = anthropic.Anthropic(api_key=\"{m('anthropic_key', ANT2)}\")\n"
    "msg = client.messages.create(model=\"claude-3-5-sonnet-20241022\", max_tokens=1024,\n"
    "                             messages=[{\"role\": \"user\", \"content\": \"Hello\"}])\n```",
    "```python\nimport os\nimport anthropic\n\nclient = anthropic.Anthropic(api_key=os.environ[\"ANTHROPIC_API_KEY\"])\n```",
    f"```js\nconst octokit = new Octokit({{ auth: '{m('github_token', 'ghp_igbr8AclJUGo86EQQvvwuMEqF4u1qcPFibEZ')}' }});\n"
    "await octokit.rest.repos.get({ owner: 'acme', repo: 'infra' });\n```",
    f"```bash\ncurl https://api.stripe.com/v1/charges \\\n  -u {m('stripe_key', 'rk_live_omvqftIJh0IeSoDJwYY3ikjm')}: \\\n"
    "  -d amount=2000 -d currency=eur -d source=tok_visa\n```",
    "```bash\ncurl https://api.stripe.com/v1/charges \\\n  -u sk_test_your_secret_key_here: \\\n  -d amount=2000\n```",
    f"```go\nconst dsn = \"postgres://analytics:{m('connection_password', 'p4Ss-w0rd-7Yq2')}@10.0.3.12:5432/warehouse?sslmode=require\"\n```",
    f"```csharp\nvar conn = \"Server=tcp:acme.database.windows.net,1433;User ID=app;Password={m('generic_secret', 'Wq7!nR3zLk9#Vx2M')};Encrypt=True;\";\n```",
    f"Here is the private key that was committed in `deploy/id_rsa`:\n\n{m('private_key', PEM_RSA)}\n\n"
    "Rotate it and remove it from the history with git filter-repo.",
    f"```\n{m('private_key', PEM_OPENSSH)}\n```\nThat is an OpenSSH key; generate a new one with ssh-keygen -t ed25519.",
    f"The Let's Encrypt account key in the backup was:\n{m('private_key', PEM_EC)}",
    f"Encrypted or not, do not paste keys in tickets:\n{m('private_key', PEM_ENC)}",
    "```\n-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n"
    "-----END CERTIFICATE-----\n```\nThat is a certificate, which is public: nothing to rotate.",
    "```\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEWUakWLzw1GhZ7Ncs3t2wc/ld9FWE\n-----END PUBLIC KEY-----\n```",
    f"```yaml\n# .github/workflows/release.yml\nenv:\n  GH_TOKEN: {m('github_token', GHPAT)}\n  NODE_VERSION: 20.11.1\n```",
    "```yaml\nenv:\n  GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n  NODE_VERSION: 20.11.1\n```",
    f"```python\nheaders = {{\"Authorization\": f\"Bearer {m('jwt', JWT1)}\"}}\nr = requests.get(url, headers=headers, timeout=10)\n```",
    f"```sql\nINSERT INTO customers (id, name, email, phone, ssn) VALUES\n  (1041, 'Dana Whitfield', '{m('email', 'dana.whitfield@gmail.com')}', "
    f"'{m('phone', '(312) 555-0147')}', '{m('us_ssn', '512-38-4471')}'),\n  (1042, 'Omar Haddad', '{m('email', 'omar.h@outlook.com')}', "
    f"'{m('phone', '+1 646 555 0193')}', '{m('us_ssn', '287-64-9013')}');\n```",
    "```sql\nSELECT id, created_at, total FROM orders WHERE id IN (100234, 100235) AND created_at > '2024-01-01 00:00:00';\n```",
    "```\nTraceback (most recent call last):\n  File \"/srv/app/venv/lib/python3.11/site-packages/urllib3/connectionpool.py\", line 793, in urlopen\n"
    "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='10.0.0.12', port=8443): Max retries exceeded\n```",
    f"```\ncommit 9fceb02d0ae598e95dc970b74767f19372d61af8\nAuthor: Build Bot <{m('email', 'build@acme.io')}>\nDate:   Mon Nov 4 10:31:07 2024 +0100\n\n    bump to 2.7.0\n```",
    "```java\nprivate static final String API_KEY = System.getenv(\"PAYMENTS_API_KEY\");\nprivate static final int MAX_RETRIES = 5;\n```",
    "```ts\nconst apiKey = process.env.OPENAI_API_KEY ?? 'sk-...'; // never hard-code the key\n```",
    f"```php\n$client = new \\Google\\Client();\n$client->setDeveloperKey('{m('google_api_key', 'AIzaU07fcLgoQ3HXMGaABhjDwgU6ngLqn1Doinj')}');\n```",
    f"```terraform\nprovider \"aws\" {{\n  access_key = \"{m('aws_access_key', 'AKIANJ2I1RVHUR2QJ8RO')}\"\n"
    f"  secret_key = \"{m('generic_secret', 'mR4qL8xT2vN7kP1zW9sB5cH3jF6dG0yA+eU2iO7t')}\"\n  region     = \"eu-west-1\"\n}}\n```",

    # ---- tables and CSV -----------------------------------------------------
    "| Name | E-mail | Phone | Card |\n|---|---|---|---|\n"
    f"| Ana Souza | {m('email', 'ana.souza@uol.com.br')} | {m('phone', '+55 11 98765-4321')} | {m('credit_card', '5148 6488 7663 4401')} |\n"
    f"| Lukas Meier | {m('email', 'lukas.meier@gmx.ch')} | {m('phone', '+41 44 668 18 00')} | {m('credit_card', '3479 298416 22949')} |",
    "| Release | Date | Downloads |\n|---|---|---|\n| 2.14.3 | 2024-10-02 | 1,204,551 |\n| 2.14.2 | 2024-09-11 | 988,032 |\n| 2.13.0 | 2024-06-30 | 2,310,447 |",
    "order_id,created,sku,qty,unit_price,tracking\n100482,2024-03-18T10:02:00Z,SKU-88231-BL,2,19.99,1Z999AA10123456784\n"
    "100483,2024-03-18T10:05:12Z,SKU-11007-RD,1,249.00,9400111899223197428490",
    f"employee_id,name,iban,nir\n7731,Claire Dubois,{m('iban', 'FR2198319489394948214162105')},{m('fr_nir', '291036938321758')}\n"
    f"7732,Marc Lefèvre,{m('iban', 'BE08911028594069')},{m('fr_nir', '184127510804231')}",
    "| Device | IMEI | MAC | Firmware |\n|---|---|---|---|\n| Pixel 8 | 356938035643809 | 3c:5a:b4:11:22:33 | AP2A.240905.003 |\n"
    "| iPhone 15 | 353918103456782 | f0:18:98:aa:bb:cc | 18.1.1 (22B91) |",
    "| Test card | Brand | Result |\n|---|---|---|\n| 4242 4242 4242 4242 | Visa | succeeds |\n| 4000 0566 5566 5556 | Visa debit | succeeds |\n"
    "| 5555 5555 5555 4444 | Mastercard | succeeds |\n| 3782 822463 10005 | Amex | succeeds |\n| 4000 0000 0000 9995 | Visa | declined |",
    f"Nombre;DNI;Teléfono\nLucía Fernández;{m('es_dni', '21793294N')};{m('phone', '+34 612 345 678')}\n"
    f"Jordi Puig;{m('es_dni', 'X3792454F')};{m('phone', '+34 934 123 456')}",

    # ---- chat answers, several languages ------------------------------------
    f"Sure! I've updated the booking. The confirmation was sent to {m('email', 'k.tanaka@docomo.ne.jp')} "
    f"and the hotel will call you on {m('phone', '+81 90-1234-5678')} if your flight is late.",
    "Your order #4471-2209 has shipped. Tracking: 1Z 999 AA1 01 2345 6784. Expected delivery: Thursday, "
    "14 November 2024 between 09:00 and 13:00.",
    f"Voici le récapitulatif : le virement de 1 250,00 € partira du compte {m('iban', 'CH66 2566 6363 2280 8864 2')} "
    "le 15/11/2024. Référence : FACT-2024-00871.",
    f"Bonjour, pour finaliser votre dossier j'ai bien noté votre numéro de sécurité sociale "
    f"{m('fr_nir', '1 77 06 13 055 418 62')} et votre adresse {m('email', 'paul.martin@orange.fr')}.",
    f"Hallo! Ihre Rückerstattung über 89,90 € geht auf das Konto {m('iban', 'DE21 8841 3301 7568 2052 58')}. "
    f"Bei Fragen erreichen Sie uns unter {m('phone', '+49 30 901820')}.",
    f"Claro, te lo resumo: el titular es Lucía Fernández, DNI {m('es_dni', '76412650A')}, y la tarjeta "
    f"terminada en 4401 está asociada al correo {m('email', 'lucia.fdez@telefonica.es')}.",
    f"Certo! Il bonifico verrà effettuato sull'IBAN {m('iban', 'IT06X6450604541465908538012')} entro 3 giorni lavorativi "
    "(pratica n. 2024/118839).",
    f"Olá! A sua encomenda 88231 foi enviada. Se precisar, ligue para {m('phone', '+351 912 345 678')} ou "
    f"escreva para {m('email', 'apoio@loja-exemplo.pt')}.",
    f"Hoi! Je betaling is gelukt. We schrijven het bedrag bij op {m('iban', 'NL68 INGB 6460 0130 41')} "
    "binnen 2 werkdagen. Factuurnummer: 2024-11-0042.",
    f"Dzień dobry! Przelew zwrotny trafi na rachunek {m('iban', 'PL48 4533 3147 8932 8804 0723 8625')} w ciągu 5 dni.",
    "Voici la version 4.2.1 du guide (mise à jour le 03/11/2024). Les tarifs passent de 19,99 € à 24,99 € "
    "par mois à partir du 1er janvier 2025.",
    "Die Bestellung 100482 vom 18.03.2024 wurde storniert; die Gutschrift GS-2024-55810 über 249,00 € folgt.",
    f"I found these in the ticket: SSN {m('us_ssn', '536-22-1234')}, DOB 04/12/1986, and the card "
    f"{m('credit_card', '4730-9114-1707-5360')} (exp 09/27, CVV withheld). Please don't share them in chat.",
    f"The customer can be reached at {m('phone', '+1 (415) 555-0132')} or {m('phone', '415.555.0178')}; "
    f"their backup contact is {m('email', 'r.alvarez+billing@proton.me')}.",
    "To set your API key, run `export OPENAI_API_KEY=\"your-api-key-here\"` and restart the shell. "
    "How do I set my API key on Windows? Use `setx OPENAI_API_KEY \"<your key>\"`.",
    "Your password must be at least 12 characters. Example of a strong passphrase: correct-horse-battery-staple.",
    f"Here's the cURL for the Anthropic API: `curl https://api.anthropic.com/v1/messages -H \"x-api-key: "
    f"{m('anthropic_key', ANT3)}\" -H \"anthropic-version: 2023-06-01\"`",
    "Use the header `x-api-key: $ANTHROPIC_API_KEY` and the version header `anthropic-version: 2023-06-01`.",
    f"The webhook signing secret is whsec_ and then the rest; the full key I see in your config is "
    f"api_key = \"{m('generic_secret', 'b3f1c9e27a4d8f6e0c5b2a9d7e4f1c8b')}\".",
    f"Both admin tokens are still active: {m('github_token', 'gho_xq1WDmxrG1UztnLd0A3eUUPQGRIX2tENf2GH')} "
    f"and {m('github_token', 'ghs_MuFuQvxleJ3ZlWq9893HH3yOg7MnbDpnBG2H')}. Revoke them in Settings → Developer settings.",
    f"The service account uses {m('openai_key', OAI3)}; the project key was rotated on 2024-10-01.",
    f"Tokens found in the HAR file: {m('jwt', JWT3)} (expires in 3600 s) and a refresh cookie.",
    f"ご注文ありがとうございます。確認メールを {m('email', 'yamada.taro@example.jp')} に送信しました。"
    f"お問い合わせは {m('phone', '+81 3-1234-5678')} まで。",
    f"您好！退款将在3个工作日内退回尾号为4401的卡。如有疑问，请发邮件至 {m('email', 'support@shop-example.cn')}。",
    "Привет! Заказ № 100482 отправлен 18.03.2024, трек-номер RA644000001RU. Доставка 5–7 дней.",
    f"Merhaba, ödemeniz {m('iban', 'TR80 3144 6002 6376 8032 5656 22')} hesabına yapılacaktır.",

    # ---- near-misses (no entity) --------------------------------------------
    "Upgrade from 1.9.12 to 2.0.0-rc.3; the migration guide is at docs/upgrade-2.0.md. Build 20240518.3 fixed CVE-2024-3094.",
    "Request IDs: 550e8400-e29b-41d4-a716-446655440000, 6fa459ea-ee8a-3ca4-894e-db77e160355e, "
    "01890a5d-ac96-774b-bcce-b302099a8057.",
    "Revert 3f786850e387550fdab836ed7e6dc881de23001b and cherry-pick a94a8fe5ccb19ba61c4c0873d391e987982fbbd3 onto release/2.7.",
    "The file's SHA-256 is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 and its MD5 d41d8cd98f00b204e9800998ecf8427e.",
    "Timestamps: 1699999999, 1700000000123 (ms), 2024-11-04T10:31:07.123456789Z, 20241104103107.",
    "Order numbers 4471220931, 100482-7731-0042 and 2024110400017; invoice INV-000184422; ticket #88231.",
    "Reach the office at extension 4417 or room 2.07; the gate code changed from 7731 to 0042.",
    "The ISBN is 978-0-13-468599-1 (or 9780134685991); the EAN on the box is 4006381333931.",
    "IPv4 203.0.113.45/24, IPv6 2001:db8:85a3::8a2e:370:7334, MAC 00:1A:2B:3C:4D:5E, port 51234.",
    "Stripe test cards: 4242424242424242 (Visa), 5555555555554444 (Mastercard), 378282246310005 (Amex), "
    "6011111111111117 (Discover), 4111 1111 1111 1111 (the classic one).",
    "Coordinates 48.858844, 2.294351; elevation 330 m; population 2,102,650 (2021).",
    "Price list: 1 299,00 € / 1.299,00 € / $1,299.00 / ¥129,900 / 12 990 Kč.",
    "Error 0x80070005 at offset 0x0000A3F4; errno 13 (EACCES); exit code 137 after 2147483647 ms.",
    "The hash of the empty git tree is 4b825dc642cb6eb9a060e54bf8d69288fbee4904; use it with git diff.",
    "Use a key like sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in the docs, never a real one.",
    "Set ANTHROPIC_API_KEY=sk-ant-api03-REDACTED-REDACTED-REDACTED-REDACTED-REDACTED in your shell.",
    "password: hunter2 is the canonical joke; token: refresh_token_expired is an error code, not a token.",
    "The DSN postgres://user:password@localhost:5432/mydb is the tutorial default; replace user and password.",
    "My phone model is SM-G991B/DS and the serial R58R3 2ABC1D; battery 4000 mAh.",
    "Phone numbers in the docs use the reserved range: 555-0100 through 555-0199.",
    "SSNs starting with 000 or 666 are never issued: 000-12-3456 and 666-45-6789 are invalid by construction.",
    "Flight LH 2471 leaves at 07:35 from gate B44; seat 23C; booking code XK7P2Q.",
    "Bank sort code 20-00-00, account 55779911 (UK format, not an IBAN). SWIFT/BIC: DEUTDEFFXXX.",
    "The base64 of 'hello world' is aGVsbG8gd29ybGQ= and the JWT header eyJhbGciOiJIUzI1NiJ9 alone is not a token.",
    "Call me maybe: my number is on the contact page. Dial 112 in the EU or 911 in the US.",
    "Version matrix: python 3.11.9, node 20.11.1, go 1.22.5, rust 1.79.0, postgres 16.3, redis 7.2.5.",
    "The Luhn check of 79927398713 is valid but it is the textbook example, not a card.",
    "Temperature log: 21.5, 21.7, 22.0, 22.4, 22.9, 23.1, 23.0, 22.6 (°C, every 15 min).",
    "Aktenzeichen 4 O 123/24, Steuernummer 21/815/08150 und USt-IdNr. DE123456789.",
    "Le SIREN 732 829 320 et le SIRET 732 829 320 00074 identifient l'entreprise, pas une personne.",
    "Kubernetes: pod api-7d9f8b6c5d-x2k4q restarted 3 times; node ip-10-0-3-12.eu-west-1.compute.internal.",
    "Docker image acme/api@sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 pulled.",
    "Secret scanning flagged `ghp_` and `xoxb-` prefixes in the guide; both are examples without a token.",
    "Slack webhook format: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX.",
    "git@github.com:acme/infra.git is an SSH remote, and @channel pings everyone.",
    "Use AIza followed by 35 characters for Google API keys; ours are stored in Secret Manager.",
    "The IBAN format for Germany is DE + 2 check digits + 18 digits, e.g. DEkk bbbb bbbb cccc cccc cc.",
    "Seed phrase length: 12 or 24 words; entropy 128 to 256 bits; PBKDF2 with 2048 iterations.",
    # ---- part B: written after the fixes the first part called for, and
    # measured before any further change (figures in docs/performance.md) ----
    f"Jan 14 03:12:09 ci-runner-2 bash[4411]: + export AWS_ACCESS_KEY_ID={m('aws_access_key', 'AKIAVJ9HRS3ZZB9V0VG5')}",
    f"Jan 14 03:12:09 ci-runner-2 bash[4411]: + export AWS_SECRET_ACCESS_KEY={m('generic_secret', '1j9OKMqgiL3lzzbdOzdOmG/0QCfT/+2hRUzGSZkc')}",
    f"[aws-sts] temporary credentials issued: {m('aws_access_key', 'ASIA9M8AGJVO3NKTF079')} valid until 2025-01-14T04:12:09Z",
    f"~/.aws/credentials\n[prod]\naws_access_key_id = {m('aws_access_key', 'AKIA87N1WVDZLAR9QIV0')}\n"
    f"aws_secret_access_key = {m('generic_secret', 'ZZIdJw27oUrEO6c6tjrDz4Y8Tgnthq9R')}\n\n[dev]\naws_access_key_id = {m('aws_access_key', 'AKIA44VACOHRUBN36RXF')}",
    f"The Slack bot stopped posting. Its user token {m('slack_token', 'xoxp-63608244560-787457212835-7699085417758-3891212e3cef04a403c2580123a49f7a')} was revoked on Monday.",
    f"Socket mode needs an app-level token such as {m('slack_token', 'xapp-1-A07QZ9X7K2L-7699085417758-9f2c4b1e8a7d6c5b3e2f1a0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b')} in SLACK_APP_TOKEN.",
    f"```ruby\nSlack.configure do |config|\n  config.token = '{m('slack_token', 'xoxb-2231978340-6647192837465-Hq8ZkT3vNw2LrYp5XcBm9DfG')}'\nend\n```",
    f"Maps stopped loading because the key {m('google_api_key', 'AIzaXer4dK0V4yg1NtIvYgi6094saKmq3yI7tAP')} hit its daily quota of 25,000 requests.",
    f"<script src=\"https://maps.googleapis.com/maps/api/js?key={m('google_api_key', 'AIzaSyD4kQ9xT2vN7mP1zW8sB5cH3jF6dG0yA4e')}&callback=initMap\"></script>",
    f"Test mode is still a secret: {m('stripe_key', 'sk_test_JqRhyqLPExmmWl8xEe6OMiNs')} lets anyone create charges in your test account.",
    f"webhook handler: stripe.api_key = \"{m('stripe_key', 'sk_live_9Lq2Wv7Xn4Rt8Yb3Kc6Hd1Fg5Jm0Pa2S')}\"",
    "Publishable keys such as pk_live_51HqT2bKx9Lm3Vn7Rq are meant for the browser and are not secret.",
    f"Authorization: Bearer {m('jwt', 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhdXRoMHw2NTQzMjEiLCJlbWFpbCI6Im0ucm9zc2lAbGliZXJvLml0In0.Tq3Lx9Vn2Rb7Kc5Hd8Fg1Jm4Pa6Sw0Ye3Ui7Ot2Qz5Xv8Nb1Mc4Lk7Jh0Gf3Ds6')}",
    f"Set-Cookie: session={m('jwt', 'eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjg4MjMxLCJjYXJ0IjpbMTIsMTVdfQ.Zx8Wv7Ut6Sr5Qp4On3Ml2Kj1Ih0Gf9Ed8Cb7Aa6Zz5')}; Path=/; HttpOnly; Secure",
    f"DATABASE_URL=mysql://billing:{m('connection_password', 'QlyIxk6wCCN076')}@db-eu-1.internal:3306/billing",
    f"amqp://orders:{m('connection_password', 'fJLlfJ7RiX-^3O')}@rabbit.internal:5672/prod and redis://default:{m('connection_password', '1lpJph*qFPOCHI')}@redis.internal:6379",
    f"celery broker: sqla+postgresql://worker:{m('connection_password', 'bKvJ9J6*jqIIYb')}@pg.internal/celery",
    "The example in our README is postgres://postgres:postgres@localhost:5432/postgres, which only works on a laptop.",
    f"GITLAB_TOKEN={m('generic_secret', 'glpat-Xk2Vn8Rq5Tb7Lm3Wz9Yc')}\nCI_PROJECT_ID=4471",
    f"auth_token: {m('generic_secret', 'de11f4fc3b3837d7686e031fb5c46959d9ddd62c')}\ncommit: 4b825dc642cb6eb9a060e54bf8d69288fbee4904",
    f"JWT_SECRET={m('generic_secret', 'y2x3nMIVMKXT9FqXuTpU4ZV2')}\nJWT_EXPIRES_IN=3600",
    "client_secret: <client-secret-from-the-console> and redirect_uri: https://app.example.com/callback",
    f"private_key: |\n  {m('private_key', PEM_EC.replace(chr(10), chr(10) + '  '))}",
    f"| Customer | Card | Expires |\n|---|---|---|\n| M. Rossi | {m('credit_card', '4455 6815 1884 4724')} | 08/27 |\n"
    f"| K. Novak | {m('credit_card', '5302-9787-5347-7877')} | 11/26 |\n| J. Smith | {m('credit_card', '6011799229836953')} | 02/28 |",
    f"Refund issued to the Amex ending 6106 (full number {m('credit_card', '378662836016106')}) and the JCB {m('credit_card', '3528 3702 8382 2264')}.",
    f"Card on file: {m('credit_card', '2221 7147 5136 2703')} (Mastercard 2-series). Old card {m('credit_card', '4940557616987164')} was closed.",
    "Last four digits only: **** **** **** 4724. Never store the full PAN in logs.",
    "Gift card code 6035 3111 2233 4455 667 and voucher 8901-2345-6789 are not payment cards.",
    f"Please transfer the deposit to {m('iban', 'GB80 NWBK 2185 4914 5244 10')} (NatWest) and mention booking 44712.",
    f"Nuestra cuenta: {m('iban', 'ES23 1895 5799 0659 3976 1584')} — titular Talleres Puig S.L.",
    f"Bankverbindung: {m('iban', 'AT95 3004 8764 5291 2808')}, BIC BKAUATWW.",
    f"Betalning till {m('iban', 'SE06 7943 2627 0586 0214 5842')} senast 30 dagar efter fakturadatum.",
    f"iban={m('iban', 'IE30AIBK10839490668828')}&amount=120.00&currency=EUR",
    "IBAN DE00 1234 5678 9012 3456 78 in the form template has an invalid check and is a placeholder.",
    f"SSN: {m('us_ssn', '401-72-3388')}   DOB: 1979-03-22   Employer: Acme Corp",
    f"W-2 corrected for employee 8823 (SSN {m('us_ssn', '623-19-5540')}); the previous form listed {m('us_ssn', '145-88-2076')}.",
    "Our EIN is 12-3456789 and the ZIP+4 code 94105-1804; neither is an SSN.",
    f"DNI del solicitante: {m('es_dni', '51879451F')}. NIE del cónyuge: {m('es_dni', 'Y2824302P')}.",
    f"Il codice NIE {m('es_dni', 'Z5452629R')} compare nel contratto di affitto di Barcellona.",
    "Referencia catastral 9872023VH5797S0001WX y código postal 28013.",
    f"N° de sécu : {m('fr_nir', '2 65 11 20 004 001 13')} ; mutuelle n° 40917745.",
    f"Assurée : Mme Léa Girard, NIR {m('fr_nir', '202083306312927')}, née le 12/08/2002 à Bordeaux.",
    f"Arbeitnehmer Jean Morel (französische Sozialversicherungsnummer {m('fr_nir', '1 99 01 59 350 087 07')}).",
    f"Kontakt: {m('phone', '+49 170 1234567')}, Büro {m('phone', '+49 (0)89 1234 5678')}.",
    f"Appelez le {m('phone', '+33 6 12 34 56 78')} ou écrivez à {m('email', 'contact@boulangerie-martin.fr')}.",
    f"Mobile: {m('phone', '+91 98765 43210')}; office: {m('phone', '+65 6123 4567')}.",
    f"US support: {m('phone', '1-800-555-0199')}; Canada: {m('phone', '(604) 555-0123')}.",
    "Version 10.0.19045.3570, build 22631.2428, and KB5031356 are Windows updates, not phone numbers.",
    "The meeting ID is 845 2231 9901 and the passcode 551203.",
    f"Forwarded message from {m('email', 'noreply@notifications.bank-example.com')} to {m('email', 'h.schneider@web.de')}:",
    f"cc: {m('email', 'priya.natarajan@infosys.example.in')}, {m('email', 'tom_o-brien@eircom.net')}",
    "Docker Hub user @acme-bot and the npm scope @acme/ui are handles, not addresses.",
    f"Anthropic keys rotate every 90 days; the current one is {m('anthropic_key', 'sk-ant-api03-Rt5Yb8Kc2Xs6Dh9Fg3Jm1Pa7Ue4Io0Wy2Tr5Qe8Nb1Mv3Lc6Kx9Hz2Gj5Df8Sa1Ap4Zq7Lw0Vn3Rt6Yb9Kc2-Xs5DhAA')}.",
    f"OpenAI legacy key {m('openai_key', 'sk-Nb4Mv7Lc1Kx5Hz8Gj2Df6Sa9Ap3Zq0Lw4Vn7Rt1Yb5Kc8Xs2D')} still works but should be replaced by a project key.",
    f"```toml\n[tool.poetry.source]\nurl = \"https://pypi.acme.io/simple\"\n[http-basic.acme]\nusername = \"ci\"\npassword = \"{m('generic_secret', 'Lw9xZe4THs82kQp1')}\"\n```",
    # ---- part C: secrets in more places, written after part B's fixes and
    # measured before any further change (figures in docs/performance.md) ----
    f"$ history | grep token\n  512  export GITHUB_TOKEN={m('github_token', 'ghp_zymMlopiWfqUyHRSIf8NFmAUNLnY5Yx0y3Rn')}\n  513  gh repo clone acme/infra",
    f"docker run -e ANTHROPIC_API_KEY={m('anthropic_key', 'sk-ant-api03-SoIFieCIPnINFB44cHjXpcK-42PEnKYAiJ6_Rkcgkq0y2ccpPBAnb3KxrKw1nNx1XmjIMGuJpeiG8YqL9BN5GGx6KtyQqAA')} -p 8080:8080 acme/summarizer:1.4.2",
    f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: YXBw\n  password: {m('generic_secret', 'Y2VNaGVGWVYjcktTdGVRVnox')}",
    f"<meta name=\"google-site-verification\" content=\"x4fT0\"><script>window.MAPS_KEY = \"{m('google_api_key', 'AIzaZzhB4GZqT8hqt0pmpsLww0sAO-DGpUxjKbg')}\";</script>",
    f"GET /geocode/json?address=Berlin&key={m('google_api_key', 'AIzaRBWZRZX1VlxeVZ4DNCNnOBFXL4k41GiLP9q')} HTTP/1.1",
    f"„Der Schlüssel lautet {m('openai_key', 'sk-proj-IJUjzwTkoqrtleWvTDuRgR3yNwos-bDWmE4kuv4VGOfYcMuqbKLLp-2jfTuOQPeWIDtcKZ1Dw0gBEHum3adzqxMhGx3taeY5jvDR3q9lVuD_Am3zwr8FwGvj')}“ – bitte sofort widerrufen.",
    f"管理员密钥：{m('openai_key', 'sk-admin-EED1YjEGPQ-ymde3hOygLxIGbLzUouSXsNHz5hdTDskWcTOWFtjcdwBCRGja3o3kV-2WHP')}（请勿外传）",
    f"The refresh token {m('slack_token', 'xoxe-1-qV2VADJHONXO1WMXsmVbgZteLc9dAtxJO8TLKsmWg3YzzYlqDvi4i5C32SSy')} rotates the bot token {m('slack_token', 'xoxb-46469246997-3653505432463-A33wQzahGImaHt8RVkGYZC7n')} every 12 hours.",
    f"STRIPE_KEY=\"{m('stripe_key', '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')}\" # restricted key below\nSTRIPE_RK=\"{m('stripe_key', 'rk_test_HWDFOTanUcMojOBl4i36ZJDs')}\"",
    f"Found in the Jupyter output: {{'Authorization': 'Bearer {m('jwt', 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTc3ODEiLCJ0ZW5hbnQiOiJhY21lIiwiZXhwIjoxNzY3MjI1NjAwfQ.Lw-5DhaheGE3uvlDcFaBAfQup47-o22Y36RvUUa89Suf7CR7kV-w1yL0e_1xdi50r4R8mJhMiXKddscZewj36w')}'}}",
    f"`git remote set-url origin https://x-access-token:{m('github_token', 'ghu_jDQl2Kvf8THRXfEuzcrJaBnx7IfDH5mMDdwi')}@github.com/acme/infra.git`",
    f"Deploy logs show the runner registration token {m('github_token', 'ghr_n86TkVYCM7l8GQlchbkER0Af7BOfjtNayviH')}; it expires in one hour.",
    f"Two keys in one line: {m('aws_access_key', 'AKIAQL6Q4FY0QT4A9LBQ')},{m('aws_access_key', 'AKIAOLBK7OTQUZWZKQXK')} (comma-separated in the CSV export).",
    f"<add key=\"SmtpPassword\" value=\"{m('generic_secret', 'at77J9OwPsg%Zt7B')}\" />",
    f"smtp:\n  host: smtp.mailgun.org\n  user: {m('email', 'postmaster@mg.acme.io')}\n  pass: \"{m('generic_secret', '%pYQ2_OQBilCFXuF0DRk')}\"",
    f"Claude answered using the workspace key {m('anthropic_key', 'sk-ant-api03-DTjD3saRZkb2l26nkaylEMyosHNwyloPdBMZQf4G9SBSqfPDA28uSwNccStq3fiOLUwQmLeR2zufwl8Y2WVWHnATriHmaAA')}. Keys like this belong in a secrets manager.",
    "The key prefixes to watch for are sk-ant-, sk-proj-, ghp_, xoxb-, AKIA and AIza; none of them is a key by itself.",
    "Our support bot's model id is claude-3-5-sonnet-20241022 and the OpenAI one gpt-4o-2024-08-06.",
    "Key fingerprint SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8 (ED25519) and PGP 3AA5 C34371567BD2.",
]


def build(text):
    out, spans, pos = bytearray(), [], 0
    for mm in re.finditer(re.escape(O) + r"(\w+):(.*?)" + re.escape(C), text, re.S):
        out += text[pos:mm.start()].encode()
        value = mm.group(2).encode()
        spans.append({"type": mm.group(1), "start": len(out), "end": len(out) + len(value)})
        out += value
        pos = mm.end()
    out += text[pos:].encode()
    return out.decode(), spans


def main():
    for t in RECORDS:
        text, spans = build(t)
        if O in text or C in text:
            sys.exit(f"unbalanced mark in: {t[:60]}")
        sys.stdout.write(json.dumps({"text": text, "entities": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
