"""Login rate limiting: failed attempts per username and per client address, in memory only.

Nothing here is stored or logged: a record of who tried to log in from where would itself be
a list of contributors' addresses. Limits reset when the server restarts; that is accepted.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

MAX_TRACKED_KEYS = 50_000  # oldest keys are forgotten first, so memory stays bounded


@dataclass(frozen=True)
class Limit:
    attempts: int
    window_seconds: float


PER_USERNAME = Limit(attempts=5, window_seconds=15 * 60)
PER_ADDRESS = Limit(attempts=20, window_seconds=15 * 60)


class LoginLimiter:
    """Counts failed logins in a sliding window per key ("user:NAME", "addr:IP")."""

    def __init__(
        self,
        per_username: Limit = PER_USERNAME,
        per_address: Limit = PER_ADDRESS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = {"user": per_username, "addr": per_address}
        self._clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def keys(username: str, address: str | None) -> list[str]:
        keys = [f"user:{username.strip().lower()}"]
        if address:
            keys.append(f"addr:{address}")
        return keys

    def _limit(self, key: str) -> Limit:
        return self._limits[key.split(":", 1)[0]]

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.get(key, deque())
        window = self._limit(key).window_seconds
        while times and now - times[0] >= window:
            times.popleft()
        return times

    def retry_after(self, keys: Iterable[str]) -> int | None:
        """Seconds until another attempt is allowed, or None if it is allowed now."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                limit = self._limit(key)
                if len(times) >= limit.attempts:
                    wait = max(wait, limit.window_seconds - (now - times[-limit.attempts]))
        return max(1, math.ceil(wait)) if wait > 0 else None

    def failed(self, keys: Iterable[str]) -> None:
        now = self._clock()
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                times.append(now)
                self._failures[key] = times
                self._failures.move_to_end(key)
            while len(self._failures) > MAX_TRACKED_KEYS:
                self._failures.popitem(last=False)

    def succeeded(self, username: str) -> None:
        """A correct password clears that username's failures (not the address's)."""
        with self._lock:
            self._failures.pop(self.keys(username, None)[0], None)
