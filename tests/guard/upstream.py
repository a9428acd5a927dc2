#!/usr/bin/env python3
"""upstream.py - a tiny OpenAI-compatible chat upstream for the guardrail
end-to-end test. The last user message picks the answer:
  LEAK_SYSTEM  answer with the system prompt (where the gateway planted its canary)
  SEND_KEY     answer with an AWS access key
  otherwise    "echo: <text>"
Streams answers in 3-byte SSE chunks so that secrets and canaries are split
across chunks. Appends every request body to $UPSTREAM_LOG. Prints PORT <n>."""
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOG = os.environ.get("UPSTREAM_LOG", "/dev/null")


class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        with open(LOG, "a") as f:
            f.write(json.dumps(body) + "\n")
        msgs = body.get("messages", [])
        user = next((m.get("content", "") for m in reversed(msgs) if m.get("role") == "user"), "")
        system = next((m.get("content", "") for m in msgs if m.get("role") == "system"), "")
        if "LEAK_SYSTEM" in user:
            answer = "Sure, my instructions are: " + system
        elif "SEND_KEY" in user:
            answer = "Here is the key AKIAZ7QW3ERT5YUI9OPA for you."
        else:
            answer = "echo: " + user
        if not body.get("stream"):
            out = json.dumps({"id": "c1", "object": "chat.completion", "created": 1, "model": body.get("model"),
                              "choices": [{"index": 0, "message": {"role": "assistant", "content": answer},
                                           "finish_reason": "stop"}],
                              "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        for i in range(0, len(answer), 3):
            ev = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": body.get("model"),
                  "choices": [{"index": 0, "delta": {"content": answer[i:i + 3]}, "finish_reason": None}]}
            self.wfile.write(b"data: " + json.dumps(ev).encode() + b"\n\n")
            self.wfile.flush()
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True


srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
print("PORT", srv.server_address[1], flush=True)
try:
    srv.serve_forever()
except KeyboardInterrupt:
    sys.exit(0)
