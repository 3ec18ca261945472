"""Checks a screenshot of the HTML report: a real picture (not blank) that
shows the chart. usage: png_check.py FILE.png RRGGBB
Decodes the PNG with the standard library (zlib + the five row filters), then
requires many non-white pixels and a block of the chart's bar colour."""
import struct
import sys
import zlib

path, colour = sys.argv[1], sys.argv[2]
want = tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and ctype in (2, 6), f"unsupported PNG type {depth}/{ctype}"
        bpp = 3 if ctype == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
stride = width * bpp
prev = bytearray(stride)
non_white = bar = 0
for y in range(height):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1:
            line[x] = (line[x] + a) & 255
        elif f == 2:
            line[x] = (line[x] + b) & 255
        elif f == 3:
            line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp):
        px = tuple(line[x:x + 3])
        if px != (255, 255, 255):
            non_white += 1
        if all(abs(px[i] - want[i]) <= 8 for i in range(3)):
            bar += 1
    prev = line
total = width * height
print(f"{width}x{height}: {non_white / total:.1%} non-white, {bar} bar-coloured pixels")
assert non_white > total * 0.02, "the page looks blank"
assert bar > 500, "no chart bars visible"
