#!/usr/bin/env python3
"""A fake Telegram Bot API on 127.0.0.1, for deploy/container-test.sh.

The same protocol as the tests' FakeBotApi.java, reduced to what a question needs: getMe,
deleteWebhook, setMyCommands, getUpdates (long polling on a queue), sendMessage, sendChatAction,
editMessageText, answerCallbackQuery, answerInlineQuery, all under /bot<token>/ (a wrong token
gets Telegram's 401). Two control endpoints drive it:

  POST /control/message  {"chat_id": 5, "user_id": 5, "text": "...", "lang": "en"}
                         queues a private text message; answers {"update_id": n}
  GET  /control/calls    every Bot API call received, oldest first: [{"method", "params"}]

Usage: fake-bot-api.py --token TOKEN [--port 0] [--port-file FILE]
It binds 127.0.0.1 only and prints the port it listens on (also to --port-file).
"""

import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

BOT = {"id": 4242, "is_bot": True, "first_name": "Balagh", "username": "balagh_test_bot"}
METHODS = [
    "getMe", "deleteWebhook", "setMyCommands", "getUpdates", "sendMessage", "sendChatAction",
    "editMessageText", "answerCallbackQuery", "answerInlineQuery",
]
# The bot long-polls for 50 s; answering sooner keeps shutdowns and test runs short.
MAX_POLL_SECONDS = 10


class State:
    def __init__(self, token):
        self.token = token
        self.lock = threading.Condition()
        self.updates = []
        self.calls = []
        self.next_update = 1
        self.next_message = 1000

    def push_message(self, chat_id, user_id, text, lang):
        with self.lock:
            update_id = self.next_update
            self.next_update += 1
            self.updates.append({
                "update_id": update_id,
                "message": {
                    "message_id": update_id,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private"},
                    "from": {"id": user_id, "is_bot": False, "first_name": "U%d" % user_id,
                             "language_code": lang},
                    "text": text,
                },
            })
            self.lock.notify_all()
            return update_id

    def get_updates(self, params):
        offset = int(params.get("offset", 0))
        deadline = time.monotonic() + min(int(params.get("timeout", 0)), MAX_POLL_SECONDS)
        limit = int(params.get("limit", 100))
        with self.lock:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                self.lock.wait(max(0.01, deadline - time.monotonic()))
            return self.updates[:limit]

    def record(self, method, params):
        with self.lock:
            self.calls.append({"method": method, "params": params})
            self.lock.notify_all()

    def answer(self, method, params):
        if method == "getMe":
            return dict(BOT, can_join_groups=True, supports_inline_queries=True)
        if method in ("sendMessage", "editMessageText"):
            with self.lock:
                message_id = params.get("message_id") or self.next_message
                self.next_message += 1
            chat_id = int(params.get("chat_id", 0))
            return {"message_id": message_id, "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                    "from": BOT, "text": params.get("text", "")}
        return True


def canonical(name):
    for known in METHODS:
        if known.lower() == name.lower():
            return known
    return name


def handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # quiet: the test prints what matters
            pass

        def send_json(self, status, body):
            data = json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def params(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if not raw:
                return {}
            if "json" in (self.headers.get("Content-Type") or ""):
                return json.loads(raw)
            return {k: v[0] for k, v in parse_qs(raw.decode("utf-8")).items()}

        def do_GET(self):
            self.route()

        def do_POST(self):
            self.route()

        def route(self):
            path = self.path.split("?", 1)[0]
            if path == "/control/message" and self.command == "POST":
                p = self.params()
                chat = int(p["chat_id"])
                update_id = state.push_message(chat, int(p.get("user_id", chat)), p["text"],
                                               p.get("lang", "en"))
                return self.send_json(200, {"update_id": update_id})
            if path == "/control/calls":
                with state.lock:
                    return self.send_json(200, list(state.calls))
            prefix = "/bot%s/" % state.token
            if not path.startswith(prefix):
                return self.send_json(401, {"ok": False, "error_code": 401,
                                            "description": "Unauthorized"})
            method = canonical(path[len(prefix):])
            p = self.params()
            if method == "getUpdates":
                return self.send_json(200, {"ok": True, "result": state.get_updates(p)})
            state.record(method, p)
            if method not in METHODS:
                return self.send_json(404, {"ok": False, "error_code": 404,
                                            "description": "Not Found: method not found"})
            return self.send_json(200, {"ok": True, "result": state.answer(method, p)})

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--token", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler(State(args.token)))
    server.daemon_threads = True
    port = server.server_address[1]
    if args.port_file:
        with open(args.port_file, "w") as f:
            f.write("%d\n" % port)
    print("fake Bot API listening on 127.0.0.1:%d" % port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
