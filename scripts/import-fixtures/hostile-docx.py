#!/usr/bin/env python3
"""Writes hostile Word files into OUT-FOLDER, for the import tests: each is
one kind of attack a .docx can carry. Python's zipfile writes real zips, so
the files are what an attacker's tool would produce.

  zip-bomb.docx        word/document.xml inflates to 256 MiB of spaces (about 250 KiB on disk)
  lying-size.docx      document.xml claims 100 bytes in its headers but inflates to 200 MiB
  many-entries.docx    100,000 entries
  traversal.docx       an entry named ../../etc/evil.xml
  absolute.docx        an entry named /etc/evil.xml
  broken.docx          a zip cut off in the middle
  no-document.docx     a zip with [Content_Types].xml and no word/document.xml
  entity-bomb.docx     document.xml declares a DTD with nested entities ("billion laughs")
  deep.docx            document.xml nested 100,000 elements deep
  opendocument.docx    an OpenDocument text (.odt) named .docx: not hostile, only not Word
  bad-checksum.docx    document.xml stored with one byte changed after its CRC-32 was written
  short-directory.docx the central directory's second entry overwritten: the directory says 2 entries, 1 reads

Usage: hostile-docx.py OUT-FOLDER
"""
import os
import struct
import sys
import zipfile
import zlib

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def path(name):
    return os.path.join(out, name)


# A zip bomb: 256 MiB of spaces inside the document part, streamed so this script stays small.
with zipfile.ZipFile(path("zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", TYPES)
    with z.open("word/document.xml", "w", force_zip64=True) as part:
        part.write(f"<w:document {W}><w:body><w:p><w:r><w:t>".encode())
        chunk = b" " * (1 << 20)
        for _ in range(256):
            part.write(chunk)
        part.write(b"</w:t></w:r></w:p></w:body></w:document>")

# Headers that lie: the sizes in both headers say 100 bytes; the data inflates to 200 MiB.
body = b"<w:document " + W.encode() + b"><w:body>" + b" " * (200 << 20) + b"</w:body></w:document>"
compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
data = compressor.compress(body) + compressor.flush()
crc = zlib.crc32(body)
name = b"word/document.xml"
local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), 100, len(name), 0) + name
central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), 100,
                      len(name), 0, 0, 0, 0, 0, 0) + name
end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local) + len(data), 0)
with open(path("lying-size.docx"), "wb") as f:
    f.write(local + data + central + end)

with zipfile.ZipFile(path("many-entries.docx"), "w", zipfile.ZIP_STORED) as z:
    z.writestr("[Content_Types].xml", TYPES)
    z.writestr("word/document.xml", f"<w:document {W}><w:body/></w:document>")
    for index in range(100_000):
        z.writestr(f"word/media/e{index}.xml", "")

for name, entry in [("traversal.docx", "../../etc/evil.xml"), ("absolute.docx", "/etc/evil.xml")]:
    with zipfile.ZipFile(path(name), "w") as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("word/document.xml", f"<w:document {W}><w:body/></w:document>")
        info = zipfile.ZipInfo("placeholder")
        info.filename = entry  # ZipInfo() would strip a leading slash or "../"
        z.writestr(info, "x")

with zipfile.ZipFile(path("no-document.docx"), "w") as z:
    z.writestr("[Content_Types].xml", TYPES)
    z.writestr("word/styles.xml", f"<w:styles {W}/>")

with open(path("no-document.docx"), "rb") as f:
    whole = f.read()
with open(path("broken.docx"), "wb") as f:
    f.write(whole[: len(whole) // 2])

laughs = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha">' + "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>"
with zipfile.ZipFile(path("entity-bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", TYPES)
    z.writestr("word/document.xml", laughs + f"<w:document {W}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>")

with zipfile.ZipFile(path("deep.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", TYPES)
    z.writestr("word/document.xml", f"<w:document {W}><w:body>" + "<w:sdt>" * 100_000 + "</w:sdt>" * 100_000 + "</w:body></w:document>")

with zipfile.ZipFile(path("opendocument.docx"), "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    z.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')

with zipfile.ZipFile(path("bad-checksum.docx"), "w", zipfile.ZIP_STORED) as z:
    z.writestr("[Content_Types].xml", TYPES)
    z.writestr("word/document.xml", f"<w:document {W}><w:body><w:p><w:r><w:t>มาตรการ</w:t></w:r></w:p></w:body></w:document>")
with open(path("bad-checksum.docx"), "rb") as f:
    data = bytearray(f.read())
at = data.find("มาตรการ".encode())
data[at + 1] ^= 0x01
with open(path("bad-checksum.docx"), "wb") as f:
    f.write(bytes(data))

with zipfile.ZipFile(path("short-directory.docx"), "w", zipfile.ZIP_STORED) as z:
    z.writestr("[Content_Types].xml", TYPES)
    z.writestr("word/document.xml", f"<w:document {W}><w:body/></w:document>")
with open(path("short-directory.docx"), "rb") as f:
    data = bytearray(f.read())
second = data.rfind(b"PK\x01\x02")
data[second:second + 4] = b"XXXX"
with open(path("short-directory.docx"), "wb") as f:
    f.write(bytes(data))
