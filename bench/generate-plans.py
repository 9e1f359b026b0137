#!/usr/bin/env python3
"""Generate realistic synthetic ITA plans for benchmarks.

    bench/generate-plans.py --count N --seed S --out DIR

writes DIR/plans/<agency-slug>-<n>.yaml for n = 1..N, shaped like the real
plan plans/pho-hak-2564.yaml: fiscal year 2564, ITA 2563 with its ten
indicators, a stated total and grade that follow from the scores, 6-12
measures of 2-5 steps, each step with a structured schedule, and progress
records for a realistic share of the instances due by 2021-03-31 (some late,
some missing). Every plan validates with no errors and no warnings.

Deterministic: only random.Random is used. Plan n draws from its own
random.Random(seed * 1_000_003 + n), so the same seed and count give
byte-identical files, and the first K plans of a larger run are the very
same files as a run with --count K (the 500-plan subset of the 8,300 is the
first 500).

The generated plans are synthetic: the agencies' names are combinations of
common Thai place-name parts, not real agencies, and every file says so in
its first line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
from decimal import ROUND_HALF_UP, Decimal

# ---------------------------------------------------------------------------
# Calendar: fiscal year 2564 = 2020-10-01 .. 2021-09-30 (CE), dates written BE.

FY_START = dt.date(2020, 10, 1)
FY_END = dt.date(2021, 9, 30)
AS_OF = dt.date(2021, 3, 31)  # records are written as the plan stood on this day
MONTHS = [(2020, m) for m in (10, 11, 12)] + [(2021, m) for m in range(1, 10)]
QUARTER_ENDS = [dt.date(2020, 12, 31), dt.date(2021, 3, 31), dt.date(2021, 6, 30), dt.date(2021, 9, 30)]
HALF_ENDS = [dt.date(2021, 3, 31), dt.date(2021, 9, 30)]


def be(d: dt.date) -> str:
    """2020-11-03 -> 2563-11-03 (Buddhist Era, as plans are written)."""
    return f"{d.year + 543:04d}-{d.month:02d}-{d.day:02d}"


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai(text: str) -> str:
    return text.translate(THAI_DIGITS)


# ---------------------------------------------------------------------------
# Agencies

PROVINCES = [
    "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี",
    "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง", "ตราด", "ตาก", "นครนายก", "นครปฐม",
    "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี", "นราธิวาส", "น่าน", "บึงกาฬ",
    "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี", "ปัตตานี", "พระนครศรีอยุธยา", "พะเยา",
    "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก", "เพชรบุรี", "เพชรบูรณ์", "แพร่", "ภูเก็ต", "มหาสารคาม",
    "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา", "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี", "ลพบุรี",
    "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ", "สกลนคร", "สงขลา", "สตูล", "สมุทรปราการ", "สมุทรสงคราม",
    "สมุทรสาคร", "สระแก้ว", "สระบุรี", "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์",
    "หนองคาย", "หนองบัวลำภู", "อ่างทอง", "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี", "อุบลราชธานี",
]

# Common parts of Thai subdistrict names, with a romanisation for web addresses.
PLACE_HEADS = [
    ("บ้าน", "ban"), ("หนอง", "nong"), ("โคก", "khok"), ("ห้วย", "huai"), ("ดอน", "don"), ("นา", "na"),
    ("ทุ่ง", "thung"), ("วัง", "wang"), ("ท่า", "tha"), ("บึง", "bueng"), ("สระ", "sa"), ("ป่า", "pa"),
    ("เขา", "khao"), ("คลอง", "khlong"), ("บาง", "bang"), ("โพธิ์", "pho"), ("ดง", "dong"), ("เหล่า", "lao"),
    ("แม่", "mae"), ("ไร่", "rai"), ("หัวยาง", "huayang"), ("สวน", "suan"),
]
PLACE_TAILS = [
    ("ใหญ่", "yai"), ("น้อย", "noi"), ("ใหม่", "mai"), ("แก้ว", "kaeo"), ("ทอง", "thong"), ("หลวง", "luang"),
    ("บัว", "bua"), ("แดง", "daeng"), ("ขาม", "kham"), ("กระทุ่ม", "krathum"), ("ตะเคียน", "takhian"),
    ("งาม", "ngam"), ("ม่วง", "muang"), ("ไผ่", "phai"), ("ศาลา", "sala"), ("ยาง", "yang"), ("จาน", "chan"),
    ("สามัคคี", "samakkhi"), ("เจริญ", "charoen"), ("พัฒนา", "phatthana"), ("หิน", "hin"), ("ช้าง", "chang"),
    ("สะแก", "sakae"), ("หว้า", "wa"), ("มะค่า", "makha"), ("ขี้เหล็ก", "khilek"), ("กลาง", "klang"),
    ("เหนือ", "nuea"), ("ใต้", "tai"), ("โพธิ์", "pho"), ("สูง", "sung"), ("ตาล", "tan"), ("กุง", "kung"),
    ("เตย", "toei"), ("ลาน", "lan"), ("หัก", "hak"),
]

# (weight, code, Thai kind as a name prefix, slug suffix for the web address)
KINDS = [
    (30, "subdistrict-municipality", "เทศบาลตำบล", ""),
    (65, "subdistrict-administrative-organisation", "องค์การบริหารส่วนตำบล", "sao"),
    (5, "town-municipality", "เทศบาลเมือง", "city"),
]

# Units by role; `{office}` is the kind's office of the clerk.
UNITS = {
    "office": ["{office}"],
    "pr": ["งานประชาสัมพันธ์ {office}", "งานบริหารทั่วไป {office}"],
    "legal": ["งานนิติการ {office}", "นิติกร {office}"],
    "hr": ["งานการเจ้าหน้าที่ {office}", "งานบริหารงานบุคคล {office}"],
    "procurement": ["งานพัสดุ กองคลัง", "งานพัสดุและทรัพย์สิน กองคลัง"],
    "finance": ["กองคลัง", "งานการเงินและบัญชี กองคลัง"],
    "plan": ["งานวิเคราะห์นโยบายและแผน {office}", "กองยุทธศาสตร์และงบประมาณ"],
    "audit": ["หน่วยตรวจสอบภายใน", "งานตรวจสอบภายใน"],
    "works": ["กองช่าง"],
    "service": ["งานทะเบียนและบริการ {office}", "กองสาธารณสุขและสิ่งแวดล้อม", "กองการศึกษา"],
    "all": ["สำนัก/กอง/งาน ต่างๆ", "ทุกสำนัก/กอง", "เจ้าหน้าที่ที่เกี่ยวข้องของสำนัก/กอง/งาน"],
}
RECORDERS = {
    "office": ["เจ้าหน้าที่{office}", "หัวหน้า{office}"],
    "pr": ["เจ้าหน้าที่งานประชาสัมพันธ์", "นักประชาสัมพันธ์"],
    "legal": ["นิติกร {office}", "นิติกรปฏิบัติการ"],
    "hr": ["เจ้าหน้าที่งานการเจ้าหน้าที่", "นักทรัพยากรบุคคล"],
    "procurement": ["เจ้าหน้าที่งานพัสดุ กองคลัง", "นักวิชาการพัสดุ"],
    "finance": ["นักวิชาการเงินและบัญชี", "ผู้อำนวยการกองคลัง"],
    "plan": ["นักวิเคราะห์นโยบายและแผน", "เจ้าหน้าที่งานแผน"],
    "audit": ["นักวิชาการตรวจสอบภายใน"],
    "works": ["นายช่างโยธา กองช่าง"],
    "service": ["เจ้าพนักงานธุรการ", "เจ้าหน้าที่ผู้ให้บริการ"],
    "all": ["เจ้าหน้าที่ที่เกี่ยวข้องของสำนัก/กอง/งาน", "ผู้ประสานงาน ITA"],
}

# ---------------------------------------------------------------------------
# The ITA 2563 model (names as written in the seed plan)

INDICATORS = [
    (1, "IIT", "การปฏิบัติหน้าที่"), (2, "IIT", "การใช้งบประมาณ"), (3, "IIT", "การใช้อำนาจ"),
    (4, "IIT", "การใช้ทรัพย์สินของราชการ"), (5, "IIT", "การแก้ไขปัญหาทุจริต"),
    (6, "EIT", "คุณภาพการดำเนินงาน"), (7, "EIT", "ประสิทธิภาพการสื่อสาร"), (8, "EIT", "การปรับปรุงการทำงาน"),
    (9, "OIT", "การเปิดเผยข้อมูล"), (10, "OIT", "การป้องกันการทุจริต"),
]
TOOL_COMMENT = {
    "IIT": "แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (IIT)",
    "EIT": "แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (EIT)",
    "OIT": "แบบวัดการเปิดเผยข้อมูล (OIT)",
}
TOOL_INDICATORS = {"IIT": [1, 2, 3, 4, 5], "EIT": [6, 7, 8], "OIT": [9, 10]}
GRADES = [(95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E"), (0, "F")]
PASS_MARK = Decimal(85)

ANALYSIS_OPENINGS = {
    "IIT": ["จากผลคะแนน IIT มีประเด็นที่ผ่านเกณฑ์ที่กำหนด แต่มีประเด็นที่ต้องปรับปรุงในเรื่อง{weak}",
            "จากผลการประเมิน IIT พบว่าบุคลากรภายในยังมีความเห็นว่าควรปรับปรุงในเรื่อง{weak}"],
    "EIT": ["จากผลคะแนน EIT มีประเด็นที่ควรปรับปรุงในเรื่อง{weak}",
            "จากผลการประเมิน EIT ผู้รับบริการและผู้มีส่วนได้เสียภายนอกเห็นว่าควรพัฒนาในเรื่อง{weak}"],
    "OIT": ["จากผลคะแนน OIT มีคะแนนต่ำกว่าเกณฑ์ที่กำหนดคือ ๘๕.๐๐ ในเรื่อง{weak}",
            "จากผลการประเมิน OIT การเปิดเผยข้อมูลบนเว็บไซต์ของหน่วยงานยังไม่ครบถ้วนในเรื่อง{weak}"],
}
ANALYSIS_OPENINGS_PASS = {
    "IIT": "จากผลคะแนน IIT ทุกตัวชี้วัดผ่านเกณฑ์ที่กำหนด แต่ควรรักษามาตรฐานในเรื่อง{weak}",
    "EIT": "จากผลคะแนน EIT ทุกตัวชี้วัดผ่านเกณฑ์ที่กำหนด แต่ควรรักษามาตรฐานในเรื่อง{weak}",
    "OIT": "จากผลคะแนน OIT ผ่านเกณฑ์ที่กำหนด แต่ควรตรวจสอบความครบถ้วนของข้อมูลในเรื่อง{weak}",
}
ANALYSIS_LINES = {
    "IIT": [
        "องค์กรควรให้ความรู้ในการใช้ทรัพย์สินของราชการให้ถูกต้องตามระเบียบ",
        "องค์กรควรเผยแพร่ให้บุคลากรภายในหน่วยงานทราบถึงแผนการใช้จ่ายงบประมาณประจำปี",
        "รวมถึงการเปิดโอกาสให้บุคลากรสามารถสอบถาม ทักท้วง หรือร้องเรียนหากมีข้อสงสัย",
        "ผู้บริหารควรมอบหมายงานอย่างเป็นธรรมและไม่เลือกปฏิบัติ",
        "ควรจัดทำแนวปฏิบัติการยืมใช้ทรัพย์สินของราชการและเผยแพร่ให้บุคลากรทราบอย่างทั่วถึง",
        "ควรส่งเสริมให้บุคลากรมีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณ",
    ],
    "EIT": [
        "พบว่าบุคคลภายนอกยังไม่ได้รับการบริการที่เป็นไปตามขั้นตอน ขาดการรับรู้ข้อมูลข่าวสารประชาสัมพันธ์",
        "ขององค์กรอย่างทั่วถึง จึงทำให้บุคคลภายนอกที่มาใช้บริการยังไม่ได้รับความสะดวกในการมารับบริการ",
        "ควรเพิ่มช่องทางการติดต่อสื่อสารและรับฟังความคิดเห็นของผู้รับบริการ",
        "ควรปรับปรุงขั้นตอนและระยะเวลาการให้บริการให้ชัดเจนและเปิดเผยให้ผู้รับบริการทราบ",
        "ควรนำเทคโนโลยีมาใช้ในการให้บริการเพื่อลดการติดต่อด้วยตนเอง",
    ],
    "OIT": [
        "ทั้งนี้ควรให้เจ้าหน้าที่แต่ละฝ่ายที่รับผิดชอบงานในด้านนั้นๆ ตรวจสอบข้อมูลกิจกรรม โครงการ",
        "และรายงานผลขององค์กรให้มีประสิทธิภาพมากขึ้น",
        "และสนับสนุนให้ปฏิบัติตามมาตรการส่งเสริมการป้องกันการทุจริตให้ถูกต้องและสม่ำเสมอ",
        "ควรเผยแพร่ข้อมูลบนเว็บไซต์ให้ครบถ้วนตามองค์ประกอบของตัวชี้วัดและเป็นปัจจุบัน",
        "ควรรายงานผลการดำเนินงานและผลการจัดซื้อจัดจ้างรายเดือนอย่างสม่ำเสมอ",
    ],
}

# ---------------------------------------------------------------------------
# Measures: the usual ITA measures of local administrations.
# Steps are (text, "R" recurring | "O" once, evidence path). Titles may use {agency}.

MEASURES = [
    {
        "title": "มาตรการในการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของ{agency}",
        "indicators": [7, 9], "roles": ["pr", "all"], "path": "news",
        "steps": [
            ("ดำเนินการประชาสัมพันธ์ข้อมูลสำคัญ/เร่งด่วน ข่าวสารผลงาน โครงการ/กิจกรรม ขององค์กรให้ประชาชนทั่วไปได้รับทราบและสามารถเสนอแนะ ข้อคิดเห็น ข้อซักถามได้", "R", "news"),
            ("มอบหมายให้เจ้าหน้าที่ของสำนัก/กอง/งานต่างๆ ที่เกี่ยวข้องตรวจสอบข้อมูล/บันทึกข้อมูลอันเป็นประโยชน์แก่ประชาชนให้เป็นปัจจุบัน", "R", "data-check"),
            ("จัดทำคำสั่งแต่งตั้งเจ้าหน้าที่ผู้รับผิดชอบดูแลและปรับปรุงข้อมูลบนเว็บไซต์ของหน่วยงาน", "O", "web/order"),
            ("อบรมเจ้าหน้าที่ผู้ดูแลระบบเว็บไซต์ให้สามารถเผยแพร่ข้อมูลตามองค์ประกอบของตัวชี้วัดการเปิดเผยข้อมูล", "O", "web/training"),
            ("รายงานสถิติการเข้าชมเว็บไซต์และข้อเสนอแนะจากผู้ใช้งานให้ผู้บริหารทราบ", "R", "web/stats"),
        ],
        "results": ["ประชาชนได้รับทราบข้อมูลข่าวสารขององค์กรอย่างทั่วถึงและเป็นปัจจุบัน",
                    "ปฏิบัติให้ถูกต้อง อบรมเจ้าหน้าที่ผู้ดูแลระบบเว็บไซต์ของ{agency}"],
        "recommendations": ["ดูแลและตรวจสอบข้อมูลในเว็บไซต์ให้เป็นปัจจุบัน",
                            "ควรตรวจสอบความครบถ้วนของข้อมูลบนเว็บไซต์ก่อนช่วงการประเมิน OIT"],
    },
    {
        "title": "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
        "indicators": [2, 9], "roles": ["procurement"], "path": "procurement",
        "steps": [
            ("จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้างขององค์กร", "O", "procurement/manual"),
            ("จัดทำแผนการจัดซื้อจัดจ้างประจำปีขององค์กร และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ", "O", "procurement/plan"),
            ("รายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กรรายเดือน และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ", "R", "procurement/monthly"),
            ("รายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กรรายไตรมาส และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ", "R", "procurement/report"),
            ("รายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กรประจำปีงบประมาณ และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ", "O", "procurement/annual"),
            ("วิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี ปัญหา อุปสรรค และแนวทางการปรับปรุง", "O", "procurement/analysis"),
        ],
        "results": ["บุคลากรปฏิบัติตามคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้างโดยใช้แผนการจัดซื้อจัดจ้างเป็นกรอบในการปฏิบัติ",
                    "ประชาชนทั่วไปได้รับทราบการรายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กร"],
        "recommendations": ["ตรวจสอบให้เป็นไปตามข้อกำหนดที่เกี่ยวข้องอย่างสม่ำเสมอ",
                            "ควรเผยแพร่ผลการจัดซื้อจัดจ้างภายในเวลาที่กำหนดทุกเดือน"],
    },
    {
        "title": "มาตรการจัดการข้อร้องเรียนการทุจริต",
        "indicators": [5, 10], "roles": ["legal"], "path": "complaints",
        "steps": [
            ("มอบหมายเจ้าหน้าที่ที่เกี่ยวข้องกำหนดมาตรการ แนวปฏิบัติจัดการข้อร้องเรียนให้ประชาชนทั่วไปได้รับทราบและปฏิบัติได้ถูกต้อง", "O", "complaints/guideline"),
            ("จัดให้มีช่องทางแจ้งเรื่องร้องเรียนที่หลากหลายและประชาสัมพันธ์ให้ประชาชนทั่วไปได้รับทราบ", "O", "complaints/channels"),
            ("รายงานผลข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตขององค์กรจากประชาชนทั่วไป", "R", "complaints/stats"),
            ("ติดตามผลการดำเนินการเรื่องร้องเรียนและแจ้งผลให้ผู้ร้องเรียนทราบ", "R", "complaints/follow-up"),
        ],
        "results": ["ประชาชนสามารถปฏิบัติตามมาตรการและแนวทางปฏิบัติจัดการข้อร้องเรียนร้องทุกข์ได้",
                    "เรื่องร้องเรียนได้รับการแก้ไขภายในระยะเวลาที่กำหนด"],
        "recommendations": ["ตรวจสอบให้เป็นไปตามข้อกำหนดที่เกี่ยวข้องอย่างสม่ำเสมอ"],
    },
    {
        "title": "นโยบายต่อต้านการรับสินบนเพื่อป้องกันการทุจริตและประพฤติมิชอบ",
        "indicators": [3, 10], "roles": ["hr", "legal"], "path": "integrity/no-gift",
        "steps": [
            ("ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "O", "integrity/no-gift-policy"),
            ("จัดอบรมให้ความรู้แก่คณะผู้บริหาร และบุคลากรในองค์กรเรื่องกฎหมายที่เกี่ยวข้อง", "O", "training/anti-bribery"),
            ("จัดกิจกรรม/โครงการที่เกี่ยวข้องพร้อมดำเนินการประเมินผลฯ", "O", "integrity/activities"),
            ("รายงานประเมินผลการดำเนินงานตามข้างต้นแก่ประชาชนทั่วไปได้รับทราบอย่างทั่วถึง", "R", "integrity/report"),
        ],
        "results": ["จัดอบรมโครงการพัฒนาศักยภาพบุคลากร (ด้านการป้องกันปราบปรามการทุจริตและประพฤติมิชอบ) ประจำปีงบประมาณ ๒๕๖๔"],
        "recommendations": ["ตรวจสอบให้เป็นไปตามข้อกำหนดที่เกี่ยวข้องอย่างสม่ำเสมอ"],
    },
    {
        "title": "มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม",
        "indicators": [4, 10], "roles": ["hr", "legal"], "path": "integrity/coi",
        "steps": [
            ("จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อนและเผยแพร่ให้บุคลากรทราบ", "O", "integrity/coi-manual"),
            ("จัดอบรมให้ความรู้แก่คณะผู้บริหาร และบุคลากรในองค์กรเรื่องการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม", "O", "training/conflict-of-interest"),
            ("ประเมินความเสี่ยงเรื่องผลประโยชน์ทับซ้อนในกระบวนงานที่เกี่ยวข้อง", "O", "integrity/coi-risk"),
            ("รายงานประเมินผลการดำเนินงานตามข้างต้นแก่ประชาชนทั่วไปได้รับทราบอย่างทั่วถึง", "R", "integrity/coi-report"),
        ],
        "results": ["จัดอบรมให้ความรู้ด้านกฎหมายที่เกี่ยวข้องแก่บุคลากรในองค์กร จัดกิจกรรม/โครงการที่เกี่ยวข้องพร้อมดำเนินการประเมินผล"],
        "recommendations": ["ตรวจสอบให้เป็นไปตามข้อกำหนดที่เกี่ยวข้องอย่างสม่ำเสมอ"],
    },
    {
        "title": "มาตรการตรวจสอบการใช้ดุลยพินิจ",
        "indicators": [1, 3], "roles": ["office", "all"], "path": "integrity/discretion",
        "steps": [
            ("ดำเนินการประกาศเจตจำนงสุจริตของผู้บริหาร{agency}", "O", "integrity/declaration"),
            ("จัดทำคู่มือการปฏิบัติงานหรือหลักเกณฑ์มาตรฐานของการปฏิบัติงานที่แสดงถึงกระบวนการขั้นตอน ระยะเวลาปฏิบัติงานอย่างชัดเจน พร้อมเผยแพร่ให้ประชาชนทั่วไปได้รับทราบอย่างทั่วถึง", "O", "manuals"),
            ("จัดให้มีระบบการตรวจสอบการใช้ดุลยพินิจของผู้บังคับบัญชาโดยคณะกรรมการ", "O", "integrity/discretion-committee"),
            ("รายงานผลการตรวจสอบการใช้ดุลยพินิจให้ผู้บริหารทราบ", "R", "integrity/discretion-report"),
        ],
        "results": ["ผู้บริหารฯในองค์กรได้ปฏิบัติตามเจตจำนงสุจริตที่ประกาศไว้อย่างถูกต้อง",
                    "ประชาชนได้รับทราบถึงขั้นตอนการปฏิบัติงานของเจ้าหน้าที่",
                    "เจ้าหน้าที่ปฏิบัติตามคู่มือการปฏิบัติงานได้อย่างถูกต้อง"],
        "recommendations": ["ตรวจสอบให้เป็นไปตามข้อกำหนดที่เกี่ยวข้องอย่างสม่ำเสมอ"],
    },
    {
        "title": "มาตรการในการสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งผู้บริหารท้องถิ่น สมาชิกสภาท้องถิ่นและพนักงาน",
        "indicators": [1, 5, 10], "roles": ["hr", "legal", "all"], "path": "integrity/awareness",
        "steps": [
            ("จัดทำประกาศมาตรการในการสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งผู้บริหารท้องถิ่น สมาชิกสภาท้องถิ่น และพนักงานในองค์กร", "O", "integrity/awareness-announcement"),
            ("จัดอบรมคุณธรรมและจริยธรรมแก่ผู้บริหารฯและบุคลากรในหน่วยงานให้มีจิตสำนึกและความตระหนัก ยึดมั่นในคุณธรรมและจริยธรรม", "O", "training/ethics"),
            ("ประเมินผลโครงการ/กิจกรรมที่เกี่ยวข้องและเผยแพร่ให้ประชาชนได้รับทราบอย่างทั่วถึง", "R", "integrity/awareness-report"),
            ("จัดกิจกรรมเชิดชูเกียรติบุคลากรผู้ประพฤติตนเป็นแบบอย่างที่ดี", "O", "integrity/honour"),
        ],
        "results": ["จัดอบรมคุณธรรมและจริยธรรมและกฎหมายที่เกี่ยวข้องแก่คณะผู้บริหารฯและบุคลากรในองค์กร"],
        "recommendations": ["ตรวจสอบให้เป็นไปตามข้อกำหนดที่เกี่ยวข้องอย่างสม่ำเสมอ"],
    },
    {
        "title": "มาตรการกำกับติดตามการใช้ทรัพย์สินของราชการ",
        "indicators": [4], "roles": ["procurement", "finance"], "path": "assets",
        "steps": [
            ("จัดทำแนวปฏิบัติการยืมและการใช้ทรัพย์สินของราชการ และเผยแพร่ให้บุคลากรทราบ", "O", "assets/guideline"),
            ("จัดทำทะเบียนคุมการยืมทรัพย์สินของราชการและตรวจสอบการส่งคืน", "R", "assets/register"),
            ("ตรวจสอบพัสดุประจำปีและรายงานผลให้ผู้บริหารทราบ", "O", "assets/annual-check"),
            ("ประชาสัมพันธ์ขั้นตอนการขออนุญาตใช้ทรัพย์สินของราชการให้บุคลากรและประชาชนทราบ", "O", "assets/pr"),
        ],
        "results": ["บุคลากรใช้ทรัพย์สินของราชการอย่างถูกต้องตามระเบียบ"],
        "recommendations": ["ควรตรวจสอบทะเบียนคุมการยืมทรัพย์สินทุกเดือน"],
    },
    {
        "title": "มาตรการเปิดเผยแผนการใช้จ่ายงบประมาณประจำปีและผลการใช้จ่ายงบประมาณ",
        "indicators": [2, 9], "roles": ["finance", "plan"], "path": "budget",
        "steps": [
            ("จัดทำแผนการใช้จ่ายงบประมาณประจำปีและเผยแพร่บนเว็บไซต์ของหน่วยงาน", "O", "budget/plan"),
            ("รายงานผลการใช้จ่ายงบประมาณและเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ", "R", "budget/report"),
            ("จัดทำรายงานแสดงฐานะการเงินและงบแสดงผลการดำเนินงาน", "R", "budget/statement"),
            ("เปิดโอกาสให้บุคลากรภายในสอบถาม ทักท้วง หรือร้องเรียนเกี่ยวกับการใช้จ่ายงบประมาณ", "O", "budget/feedback"),
        ],
        "results": ["บุคลากรและประชาชนได้รับทราบแผนและผลการใช้จ่ายงบประมาณประจำปี"],
        "recommendations": ["ควรรายงานผลการใช้จ่ายงบประมาณตามกำหนดเวลาอย่างสม่ำเสมอ"],
    },
    {
        "title": "มาตรการ กลไกในการให้ประชาชนหรือผู้มีส่วนได้เสียเข้ามามีส่วนร่วมในการดำเนินงานของ{agency}",
        "indicators": [8, 9], "roles": ["office", "plan"], "path": "participation",
        "steps": [
            ("จัดทำช่องทางการเสนอข้อคิดเห็นตลอดจนข้อเสนอแนะของประชาชนต่อการปฏิบัติงานขององค์กร", "O", "contact/suggestions"),
            ("ส่งเสริมและสนับสนุนให้ประชาชนมีบทบาทกำหนดนโยบายการเสนอแนะการปฏิบัติงานของหน่วยงานภาครัฐ", "O", "participation/forum"),
            ("จัดประชุมประชาคมเพื่อรับฟังความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่น", "R", "participation/community"),
            ("สรุปผลการมีส่วนร่วมของประชาชนและเผยแพร่ให้ประชาชนทราบ", "O", "participation/summary"),
        ],
        "results": ["ประชาชนมีบทบาทและมีส่วนร่วมในการปฏิบัติงานของภาครัฐ"],
        "recommendations": ["ตรวจสอบให้เป็นไปตามข้อกำหนดที่เกี่ยวข้องอย่างสม่ำเสมอ"],
    },
    {
        "title": "มาตรการปรับปรุงคุณภาพการให้บริการประชาชน",
        "indicators": [6, 8], "roles": ["service", "office"], "path": "service",
        "steps": [
            ("จัดทำคู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ", "O", "service/manual"),
            ("สำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงการให้บริการ", "R", "service/satisfaction"),
            ("ประกาศขั้นตอนและระยะเวลาการให้บริการ ณ จุดให้บริการและบนเว็บไซต์", "O", "service/steps"),
            ("รายงานผลการให้บริการและระยะเวลาการให้บริการที่ลดลง", "R", "service/report"),
        ],
        "results": ["ผู้รับบริการได้รับความสะดวกและพึงพอใจในการรับบริการมากขึ้น"],
        "recommendations": ["ควรสำรวจความพึงพอใจอย่างต่อเนื่องและเปิดเผยผลการสำรวจ"],
    },
    {
        "title": "มาตรการพัฒนาช่องทางการสื่อสารกับประชาชน",
        "indicators": [7], "roles": ["pr"], "path": "communication",
        "steps": [
            ("จัดทำช่องทางการสื่อสารออนไลน์ เช่น เฟซบุ๊กและไลน์ทางการของหน่วยงาน", "O", "communication/channels"),
            ("เผยแพร่ข่าวสารประชาสัมพันธ์ผ่านหอกระจายข่าวและเสียงตามสายในชุมชน", "R", "communication/broadcast"),
            ("จัดทำวารสารประชาสัมพันธ์ผลการดำเนินงานของหน่วยงาน", "R", "communication/newsletter"),
            ("ตอบข้อซักถามของประชาชนผ่านช่องทางออนไลน์ภายในเวลาที่กำหนด", "R", "communication/qa"),
        ],
        "results": ["ประชาชนได้รับข้อมูลข่าวสารของหน่วยงานได้รวดเร็วและทั่วถึง"],
        "recommendations": ["ควรปรับปรุงเนื้อหาให้เข้าใจง่ายและทันต่อเหตุการณ์"],
    },
    {
        "title": "มาตรการส่งเสริมการบริหารทรัพยากรบุคคลอย่างโปร่งใสและเป็นธรรม",
        "indicators": [1, 9], "roles": ["hr"], "path": "hr",
        "steps": [
            ("จัดทำและเผยแพร่นโยบายการบริหารทรัพยากรบุคคลของหน่วยงาน", "O", "hr/policy"),
            ("เผยแพร่หลักเกณฑ์การสรรหา การประเมินผลการปฏิบัติงาน และการเลื่อนขั้นเงินเดือน", "O", "hr/criteria"),
            ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "O", "hr/report"),
            ("จัดทำแผนพัฒนาบุคลากรและติดตามผลการพัฒนาบุคลากร", "R", "hr/development"),
        ],
        "results": ["บุคลากรได้รับการปฏิบัติอย่างเป็นธรรมและโปร่งใส"],
        "recommendations": ["ควรเปิดเผยหลักเกณฑ์การประเมินผลการปฏิบัติงานให้บุคลากรทราบล่วงหน้า"],
    },
    {
        "title": "มาตรการประเมินความเสี่ยงการทุจริตและการควบคุมภายใน",
        "indicators": [5, 10], "roles": ["audit", "office"], "path": "risk",
        "steps": [
            ("ประเมินความเสี่ยงการทุจริตประจำปีและจัดทำแผนบริหารความเสี่ยง", "O", "risk/assessment"),
            ("ติดตามการดำเนินการตามแผนบริหารความเสี่ยงการทุจริต", "R", "risk/monitoring"),
            ("จัดทำรายงานการควบคุมภายในตามหลักเกณฑ์กระทรวงการคลัง", "O", "risk/internal-control"),
            ("รายงานผลการตรวจสอบภายในให้ผู้บริหารทราบ", "R", "audit/report"),
        ],
        "results": ["หน่วยงานมีระบบควบคุมภายในที่ช่วยลดความเสี่ยงการทุจริต"],
        "recommendations": ["ควรทบทวนความเสี่ยงทุกรอบ ๖ เดือน"],
    },
    {
        "title": "มาตรการเปิดเผยข้อมูลการดำเนินงานตามแผนพัฒนาท้องถิ่น",
        "indicators": [9], "roles": ["plan"], "path": "plan",
        "steps": [
            ("เผยแพร่แผนพัฒนาท้องถิ่นและแผนดำเนินงานประจำปีบนเว็บไซต์ของหน่วยงาน", "O", "plan/local-development"),
            ("รายงานความก้าวหน้าการดำเนินงานตามแผนดำเนินงาน", "R", "plan/progress"),
            ("รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่นประจำปี", "O", "plan/evaluation"),
        ],
        "results": ["ประชาชนสามารถติดตามผลการดำเนินงานตามแผนพัฒนาท้องถิ่นได้"],
        "recommendations": ["ควรรายงานความก้าวหน้าให้ครบทุกโครงการ"],
    },
    {
        "title": "มาตรการลดขั้นตอนและพัฒนาการให้บริการผ่านระบบอิเล็กทรอนิกส์ (e-Service)",
        "indicators": [6, 8, 9], "roles": ["service", "pr"], "path": "e-service",
        "steps": [
            ("จัดทำระบบการให้บริการออนไลน์ (e-Service) บนเว็บไซต์ของหน่วยงาน", "O", "e-service/system"),
            ("ประชาสัมพันธ์ช่องทางการให้บริการออนไลน์ให้ประชาชนทราบ", "O", "e-service/pr"),
            ("รายงานสถิติการให้บริการผ่านระบบออนไลน์", "R", "e-service/stats"),
            ("ทบทวนขั้นตอนการให้บริการเพื่อลดระยะเวลาและเอกสารที่ไม่จำเป็น", "O", "e-service/review"),
        ],
        "results": ["ประชาชนได้รับบริการที่สะดวก รวดเร็ว และลดการเดินทางมาติดต่อด้วยตนเอง"],
        "recommendations": ["ควรเพิ่มประเภทบริการออนไลน์ให้ครอบคลุมมากขึ้น"],
    },
]

MEASURE_TIMEFRAMES = [
    "ปีงบประมาณ ๒๕๖๔", "ประจำปีงบประมาณ ๒๕๖๔", "ประจำปี งบประมาณ ๒๕๖๔", "ตลอดปีงบประมาณ ๒๕๖๔",
    "-รายไตรมาส ประจำปี งบประมาณ ๒๕๖๔", "-รายเดือน -ประจำปี งบประมาณ ๒๕๖๔", "ปีงบประมาณ 2564",
]
LATE_NOTES = [
    "ล่าช้าเพราะผู้ดูแลระบบลาป่วย", "ล่าช้าเนื่องจากรอผู้บริหารลงนาม", "ล่าช้าเพราะเจ้าหน้าที่ติดภารกิจอื่น",
    "ล่าช้าเนื่องจากระบบเว็บไซต์ขัดข้อง", "รวบรวมข้อมูลจากหลายกองจึงใช้เวลาเพิ่ม",
]
PARTIAL_NOTES = [
    "ร่างเสร็จแล้ว รอผู้บริหารลงนาม", "อยู่ระหว่างรวบรวมข้อมูลจากสำนัก/กอง", "จัดเวทีแล้วบางส่วน",
    "อยู่ระหว่างตรวจสอบความถูกต้องของข้อมูล", "ขออนุมัติโครงการแล้ว รอจัดกิจกรรม",
]

# ---------------------------------------------------------------------------
# Schedules: (yaml text, instances [(period or None, deadline)])


def schedule_for(rng: random.Random, kind: str):
    if kind == "R":
        pick = rng.choices(["monthly", "month-grace", "quarterly", "quarter-grace", "half-yearly"],
                           weights=[12, 18, 25, 25, 20])[0]
        if pick in ("monthly", "month-grace"):
            grace = rng.choice([5, 7, 10, 15]) if pick == "month-grace" else 0
            text = "monthly" if grace == 0 else f"{{ every: month, grace_days: {grace} }}"
            inst = [(f"{y + 543:04d}-{m:02d}", month_end(y, m) + dt.timedelta(days=grace)) for y, m in MONTHS]
            return text, inst, grace
        if pick in ("quarterly", "quarter-grace"):
            grace = rng.choice([10, 15, 30]) if pick == "quarter-grace" else 0
            text = "quarterly" if grace == 0 else f"{{ every: quarter, grace_days: {grace} }}"
            inst = [(f"Q{i + 1}", e + dt.timedelta(days=grace)) for i, e in enumerate(QUARTER_ENDS)]
            return text, inst, grace
        return "half-yearly", [(f"H{i + 1}", e) for i, e in enumerate(HALF_ENDS)], 0
    pick = rng.choices(["by", "quarters", "fiscal-year"], weights=[55, 30, 15])[0]
    if pick == "by":
        # Earlier deadlines are more common for one-off preparatory steps.
        day = FY_START + dt.timedelta(days=min(int(rng.triangular(0, 364, 60)), 364))
        if rng.random() < 0.5:  # month ends are the usual deadlines
            day = month_end(day.year, day.month)
        return f"{{ by: {be(day)} }}", [(None, day)], 0
    if pick == "quarters":
        q = rng.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]
        return f"{{ quarters: [{q}] }}", [(None, QUARTER_ENDS[q - 1])], 0
    return "fiscal-year", [(None, FY_END)], 0


def progress_for(rng, instances, grace, diligence, cutoff, evidence_base, recorder, period_tag):
    """Records as the plan stood on `cutoff`: done (on time or late), partial, or nothing."""
    records = []
    once = instances[0][0] is None
    for period, deadline in instances:
        if deadline <= cutoff:
            r = rng.random()
            if r < diligence:
                if rng.random() < 0.18 and deadline < cutoff:
                    done = deadline + dt.timedelta(days=rng.randint(1, 25))
                    late = True
                else:
                    span = 25 if once else max(3, min(grace + 3, 10))
                    done = deadline - dt.timedelta(days=rng.randint(0, span))
                    late = False
                done = max(FY_START, min(done, cutoff))
            elif once and r < diligence + (1 - diligence) * 0.4:
                records.append({"percent": rng.choice([10, 20, 30, 40, 50, 60, 70, 80, 90]),
                                "by": recorder, "note": rng.choice(PARTIAL_NOTES)})
                continue
            else:
                continue
        elif once and rng.random() < diligence * 0.12:
            # one-off steps done before their deadline
            done = cutoff - dt.timedelta(days=rng.randint(0, 120))
            if done < FY_START:
                continue
            late = False
        else:
            continue
        key = period if period else period_tag
        record = {"period": period, "done": done, "evidence": f"{evidence_base}-{key}".lower(), "by": recorder}
        if late and rng.random() < 0.5:
            record["note"] = rng.choice(LATE_NOTES)
        records.append(record)
    return records


# ---------------------------------------------------------------------------


def round2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def draw_scores(rng: random.Random):
    """Ten scores, with the total kept clear of grade boundaries and rounding ties."""
    level = rng.gauss(0, 1)  # how good this agency is overall
    while True:
        scores = []
        for number, tool, _ in INDICATORS:
            if tool == "OIT":
                mu, sd, lo = 72 + 14 * level, 18, 0
            else:
                mu, sd, lo = 86 + 4 * level, 5, 50
            s = min(100.0, max(lo, rng.gauss(mu, sd)))
            if tool == "OIT" and rng.random() < 0.12:
                s = rng.choice([25.0, 50.0, 75.0, 100.0, 0.0])
            scores.append(Decimal(f"{s:.2f}"))
        iit = sum(scores[0:5]) / 5
        eit = sum(scores[5:8]) / 3
        oit = sum(scores[8:10]) / 2
        total = Decimal("0.3") * iit + Decimal("0.3") * eit + Decimal("0.4") * oit
        stated = round2(total)
        near_edge = any(abs(total - edge) < Decimal("0.02") for edge, _ in GRADES if edge > 0)
        near_tie = abs((total * 100) % 1 - Decimal("0.5")) < Decimal("0.01")
        if not near_edge and not near_tie:
            grade = next(g for edge, g in GRADES if stated >= edge)
            return scores, stated, grade
        level = rng.gauss(0, 1)


def make_plan(seed: int, n: int, cutoff: dt.date = AS_OF):
    """A plan as a Python structure (rendered by render_plan)."""
    rng = random.Random(seed * 1_000_003 + n)
    weights = [k[0] for k in KINDS]
    _, kind_code, kind_th, slug_suffix = rng.choices(KINDS, weights=weights)[0]
    head_th, head_en = rng.choice(PLACE_HEADS)
    tail_th, tail_en = rng.choice(PLACE_TAILS)
    while tail_th == head_th:
        tail_th, tail_en = rng.choice(PLACE_TAILS)
    place = head_th + tail_th
    slug = head_en + tail_en + slug_suffix
    agency = kind_th + place
    province = rng.choice(PROVINCES)
    office = "สำนักปลัดเทศบาล" if kind_th.startswith("เทศบาล") else "สำนักปลัด อบต."
    short = agency if kind_th.startswith("เทศบาล") else "อบต." + place

    scores, total, grade = draw_scores(rng)
    low = {INDICATORS[i][0] for i in range(10) if scores[i] < PASS_MARK}

    # Analysis: the weakest tools first, OIT always when it is below the pass mark.
    tool_means = {t: sum(scores[i - 1] for i in ids) / len(ids) for t, ids in TOOL_INDICATORS.items()}
    tools = sorted(tool_means, key=lambda t: tool_means[t])[: rng.randint(1, 3)]
    if tool_means["OIT"] < PASS_MARK and "OIT" not in tools:
        tools[-1] = "OIT"
    analysis = []
    for tool in ["IIT", "EIT", "OIT"]:
        if tool not in tools:
            continue
        ids = TOOL_INDICATORS[tool]
        ranked = sorted(ids, key=lambda i: scores[i - 1])
        weak_ids = [i for i in ranked if scores[i - 1] < PASS_MARK][:2] or ranked[:1]
        weak = " และ".join(INDICATORS[i - 1][2] for i in weak_ids)
        below = any(scores[i - 1] < PASS_MARK for i in ids)
        first = (rng.choice(ANALYSIS_OPENINGS[tool]) if below else ANALYSIS_OPENINGS_PASS[tool]).format(weak=weak)
        lines = [first] + rng.sample(ANALYSIS_LINES[tool], rng.randint(1, 3))
        analysis.append({"indicators": ids, "lines": lines})

    # Measures
    count = rng.choices(range(6, 13), weights=[18, 20, 18, 14, 12, 10, 8])[0]
    templates = rng.sample(MEASURES, count)
    measures = []
    for mi, tpl in enumerate(templates, start=1):
        inds = sorted(rng.sample(tpl["indicators"], rng.randint(1, len(tpl["indicators"]))))
        roles = tpl["roles"][: rng.randint(1, len(tpl["roles"]))]
        units = []
        for role in roles:
            unit = rng.choice(UNITS[role]).format(office=office)
            if unit not in units:
                units.append(unit)
        if rng.random() < 0.2 and "สำนัก/กอง/งาน ต่างๆ" not in units and len(units) < 3:
            units.append("สำนัก/กอง/งาน ต่างๆ")
        nsteps = min(len(tpl["steps"]), rng.choices([2, 3, 4, 5], weights=[30, 35, 25, 10])[0])
        chosen = sorted(rng.sample(range(len(tpl["steps"])), nsteps))
        diligence = min(0.98, max(0.3, rng.gauss(0.78, 0.15)))
        recorder = rng.choice(RECORDERS[roles[0]]).format(office=office)
        steps = []
        for si, index in enumerate(chosen, start=1):
            text, kind, path = tpl["steps"][index]
            sched_text, instances, grace = schedule_for(rng, kind)
            base = f"https://www.{slug}.go.th/{path}"
            progress = progress_for(rng, instances, grace, diligence, cutoff, base, recorder, "2564")
            steps.append({"id": f"{mi}.{si}", "text": text.format(agency=short), "schedule": sched_text,
                          "progress": progress})
        results = [r.format(agency=short) for r in rng.sample(tpl["results"], rng.randint(1, len(tpl["results"])))]
        measures.append({
            "id": mi, "title": tpl["title"].format(agency=short), "indicators": inds, "responsible": units,
            "timeframe": rng.choice(MEASURE_TIMEFRAMES), "steps": steps,
            "results": results if len(results) > 1 else results[0],
            "recommendations": rng.choice(tpl["recommendations"]),
        })
    # Every indicator below the pass mark is addressed by some measure.
    covered = {i for m in measures for i in m["indicators"]}
    for ind in sorted(low - covered):
        candidates = [m for m, t in zip(measures, templates) if ind in t["indicators"]]
        target = candidates[0] if candidates else rng.choice(measures)
        target["indicators"] = sorted(set(target["indicators"]) | {ind})

    return {
        "seed": seed, "n": n, "slug": slug, "agency": agency, "kind": kind_code if rng.random() < 0.9 else kind_th,
        "province": province, "scores": scores, "total": total, "grade": grade, "analysis": analysis,
        "measures": measures,
    }


def render_plan(plan, header: str | None = None) -> str:
    out = []
    w = out.append
    w(header or f"# Synthetic plan for benchmarks (bench/generate-plans.py, seed {plan['seed']}, plan {plan['n']}); not a real agency's.")
    w("schema: 1")
    w(f"title: มาตรการส่งเสริมคุณธรรมและความโปร่งใสของ{plan['agency']} ประจำปีงบประมาณ พ.ศ.๒๕๖๔")
    w("agency:")
    w(f"  name: {plan['agency']}")
    w(f"  kind: {plan['kind']}")
    w(f"  province: {plan['province']}")
    w("fiscal_year: 2564")
    w("")
    w("ita:")
    w("  year: 2563")
    w(f"  total: {plan['total']}")
    w(f"  grade: {plan['grade']}")
    w("  indicators:")
    last_tool = None
    for (number, tool, name), score in zip(INDICATORS, plan["scores"]):
        if tool != last_tool:
            w(f"    # {TOOL_COMMENT[tool]}")
            last_tool = tool
        w(f"    - {{ number: {number}, tool: {tool}, name: {name}, score: {score} }}")
    w("  analysis:")
    for para in plan["analysis"]:
        w(f"    - indicators: [{', '.join(map(str, para['indicators']))}]")
        w("      text: >-")
        for line in para["lines"]:
            w(f"        {line}")
    w("")
    w("measures:")
    for m in plan["measures"]:
        w(f"  - id: {m['id']}")
        w(f"    title: {m['title']}")
        w(f"    indicators: [{', '.join(map(str, m['indicators']))}]")
        w("    responsible:")
        for unit in m["responsible"]:
            w(f"      - {unit}")
        tf = m["timeframe"]
        w(f'    timeframe: "{tf}"' if tf.startswith("-") else f"    timeframe: {tf}")
        w("    steps:")
        for s in m["steps"]:
            w(f"      - id: {s['id']}")
            w(f"        text: {s['text']}")
            w(f"        schedule: {s['schedule']}")
            if s["progress"]:
                w("        progress:")
                for r in s["progress"]:
                    first = True
                    for key in ("period", "percent", "done", "evidence", "by", "note"):
                        value = r.get(key)
                        if value is None:
                            continue
                        if isinstance(value, dt.date):
                            value = be(value)
                        w(f"          {'- ' if first else '  '}{key}: {value}")
                        first = False
        results = m["results"]
        if isinstance(results, list):
            w("    results:")
            for r in results:
                w(f"      - {r}")
        else:
            w(f"    results: {results}")
        w(f"    recommendations: {m['recommendations']}")
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="how many plans (e.g. 8300)")
    parser.add_argument("--seed", type=int, default=1, help="seed number (default 1)")
    parser.add_argument("--out", required=True, help="output folder; plans go to OUT/plans/")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    folder = os.path.join(args.out, "plans")
    width = max(4, len(str(args.count)))
    try:
        os.makedirs(folder, exist_ok=True)
        for n in range(1, args.count + 1):
            plan = make_plan(args.seed, n)
            path = os.path.join(folder, f"{plan['slug']}-{n:0{width}d}.yaml")
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(render_plan(plan))
    except OSError as error:
        print(f"generate-plans.py: error: cannot write {error.filename or folder}: {error.strerror}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
