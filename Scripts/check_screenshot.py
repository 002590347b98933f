#!/usr/bin/env python3
"""Checks a headless-Chromium screenshot of an HTML report really shows its routes.

Standard library only (PNG decoded with zlib). Counts the pixels of the routes' stroke
colour (SVGMap.routeColour) and of the land fill, and measures how far the route pixels
spread: a drawn arc covers a long stretch of the picture, a stray pixel or a legend does not.

    check_screenshot.py SCREENSHOT.png [MIN_ROUTE_PIXELS] [MIN_SPREAD_PX]
Exit 0 and a one-line summary when it passes; exit 1 with the reason when it does not.
"""
import struct
import sys
import zlib

ROUTE = (0xD8, 0x1B, 0x60)  # #d81b60, SVGMap.routeColour
LAND = (0xEC, 0xE6, 0xD6)  # #ece6d6, SVGMap.landColour
TOLERANCE = 12  # anti-aliasing and colour management move channels a little


def decode_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + predictor) & 0xFF
        rows.append(line)
        previous = line
    return width, height, channels, rows


def near(pixel, colour):
    return all(abs(p - c) <= TOLERANCE for p, c in zip(pixel, colour))


def main():
    path = sys.argv[1]
    min_route = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    min_spread = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    width, height, channels, rows = decode_png(path)
    route, land, xs, ys = 0, 0, [], []
    for y, line in enumerate(rows):
        for x in range(width):
            pixel = line[x * channels:x * channels + 3]
            if near(pixel, ROUTE):
                route += 1
                xs.append(x)
                ys.append(y)
            elif near(pixel, LAND):
                land += 1
    spread = max(max(xs) - min(xs), max(ys) - min(ys)) if xs else 0
    summary = (f"{path}: {width}x{height}, {route} route-coloured pixels spread over {spread} px, "
               f"{land} land pixels")
    if route < min_route or spread < min_spread:
        sys.exit(f"FAIL {summary}; wanted at least {min_route} route pixels over {min_spread} px")
    if land < width * height // 50:
        sys.exit(f"FAIL {summary}; the coastline is missing")
    print(f"ok {summary}")


if __name__ == "__main__":
    main()
