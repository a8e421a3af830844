#!/usr/bin/env python3
"""Write the two alert sounds (``resources/sounds/message.wav`` and ``vip.wav``).

Synthesised here (soft sine chimes with a fade) so the app ships no third-party audio. Run it
again only to change the sounds; the WAV files are committed.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def chime(notes: list[tuple[float, float]], volume: float = 0.35) -> bytes:
    frames = bytearray()
    for freq, seconds in notes:
        count = int(RATE * seconds)
        for i in range(count):
            t = i / RATE
            envelope = min(1.0, i / (RATE * 0.01)) * math.exp(-4.0 * t / seconds)
            sample = (
                volume
                * envelope
                * (math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t))
            )
            frames += struct.pack("<h", int(max(-1.0, min(1.0, sample)) * 32767))
    return bytes(frames)


def write(name: str, data: bytes) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(data)


def main() -> None:
    write("message.wav", chime([(880.0, 0.18), (1174.7, 0.28)]))
    write("vip.wav", chime([(784.0, 0.14), (987.8, 0.14), (1318.5, 0.36)], volume=0.45))
    print(f"wrote {OUT / 'message.wav'} and {OUT / 'vip.wav'}")


if __name__ == "__main__":
    main()
