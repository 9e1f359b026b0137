#!/usr/bin/env python3
"""Renders the seed document (shared/seed/pho-hak-ita-measures-2564.txt) as
an HTML page laid out the way agencies lay it out in Word: a title, the
sentence stating the ITA result, the indicator table (the header cell spans
two columns, each tool heading spans the row, the analysis cell spans its
group's rows), and the measures table, whose steps are a numbered list
(measures 1-4) or one paragraph per step (5-8) and whose units are a bulleted
list or lines broken with <br>. LibreOffice turns this page into the .docx
and .pdf fixtures (make-fixtures.sh): the cell spans become gridSpan and
vMerge, the lists Word numbering.

Usage: seed-to-html.py SEED.txt > seed.html
"""
import html
import re
import sys

THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def clean(cell):
    cell = re.sub(r"<[^>]+>", " ", cell)
    return re.sub(r"\s+", " ", cell).strip()


def numbered(text):
    """'๑.a ๒.b' -> ['a', 'b'] (items start after whitespace, in sequence)."""
    items, expected, start = [], 1, 0
    digits = "๐๑๒๓๔๕๖๗๘๙"
    marks = []
    for match in re.finditer(r"(?:^|\s)([๐-๙]+)\.", text):
        if int(match.group(1).translate(THAI)) == expected:
            marks.append((match.start(1), match.end()))
            expected += 1
    for index, (begin, end) in enumerate(marks):
        stop = marks[index + 1][0] if index + 1 < len(marks) else len(text)
        items.append(text[end:stop].strip())
    return items


def dashed(text):
    return [part.strip() for part in re.split(r"(?:^|\s)-", text) if part.strip()]


def e(text):
    return html.escape(text, quote=False)


def main():
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    rows = [[clean(c) for c in line.split("\t")] for line in lines]
    rows = [r for r in rows if any(r)]
    out = ['<!DOCTYPE html>', '<html lang="th"><head><meta charset="utf-8">',
           '<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</title>',
           '<style>body{font-family:"TH Sarabun New","Garuda",sans-serif;font-size:12pt}'
           '@page{size:29.7cm 21cm;margin:1.5cm}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000}</style>',
           '</head><body>']
    i = 0
    title, sentence, intro = rows[0][0], rows[1][0], rows[2][0]
    out.append(f"<h1>{e(title)}</h1>")
    out.append(f"<p>{e(sentence)}</p>")
    out.append(f"<p>{e(intro)}</p>")
    # The indicator table: rows 3 .. before the measures heading.
    i = 3
    header = [c for c in rows[i] if c]
    out.append("<table>")
    out.append(f'<tr><th colspan="2">{e(header[0])}</th><th>{e(header[1])}</th></tr>')
    i += 1
    groups = []
    while not rows[i][0].startswith("ข้อเสนอแนะ"):
        cells = [c for c in rows[i] if c]
        if cells[0].startswith("แบบวัด"):
            groups.append((cells[0], []))
        else:
            groups[-1][1].append(cells)
        i += 1
    for heading, members in groups:
        out.append(f'<tr><td valign=top colspan="3"><b>{e(heading)}</b></td></tr>')
        for index, cells in enumerate(members):
            row = f"<tr><td valign=top>{e(cells[0])}</td><td valign=top>{e(cells[1])}</td>"
            if index == 0:
                row += f'<td valign=top rowspan="{len(members)}">{e(cells[2])}</td>'
            out.append(row + "</tr>")
    out.append("</table>")
    out.append(f"<p>{e(rows[i][0])}</p>")
    out.append(f"<p>{e(rows[i + 1][0])}</p>")
    i += 2
    out.append("<table>")
    out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[i]) + "</tr>")
    for cells in rows[i + 1:]:
        if cells[0].startswith("มาตรการ/แนวทาง"):
            continue  # the header repeated on each page: a Word table has it once
        title, steps, units, timeframe, results, recommendations = cells
        number = int(title.split(".")[0].translate(THAI))
        out.append("<tr>")
        out.append(f"<td valign=top>{e(title)}</td>")
        items = numbered(steps)
        if number <= 4:
            out.append("<td valign=top><ol>" + "".join(f"<li>{e(s)}</li>" for s in items) + "</ol></td>")
        else:
            digits = "๐๑๒๓๔๕๖๗๘๙"
            out.append("<td valign=top>" + "".join(f"<p>{digits[k + 1]}.{e(s)}</p>" for k, s in enumerate(items)) + "</td>")
        parts = dashed(units)
        if number % 2:
            out.append("<td valign=top><ul>" + "".join(f"<li>{e(u)}</li>" for u in parts) + "</ul></td>")
        else:
            out.append("<td valign=top>" + "<br>".join("-" + e(u) for u in parts) + "</td>")
        out.append(f"<td valign=top>{e(timeframe)}</td><td valign=top>{e(results)}</td><td valign=top>{e(recommendations)}</td>")
        out.append("</tr>")
    out.append("</table></body></html>")
    print("\n".join(out))


main()
