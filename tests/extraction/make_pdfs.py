"""Make the extraction set's two PDFs: 18-tender-yangon.pdf and 19-ngo-briefing-north.pdf.

The texts below are the project's own writing (see README.md); the PDFs are generated from them
with fpdf2 (core Helvetica font, so English/ASCII text only) and have a real text layer. fpdf2 is
not a project dependency: the files were made once in a throwaway environment and committed.

    python3 -m venv /tmp/pdfvenv && /tmp/pdfvenv/bin/pip install fpdf2
    /tmp/pdfvenv/bin/python tests/extraction/make_pdfs.py

The creation date is fixed so that running the script again gives the same text layer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent

TENDER = {
    "file": "18-tender-yangon.pdf",
    "title": "Invitation to Tender YCDC/ICT/T-014/2023",
    "heading": [
        "YANGON CITY DEVELOPMENT COMMITTEE",
        "Department of Information and Communication Technology",
        "",
        "INVITATION TO TENDER",
    ],
    "meta": [
        "Tender No.: YCDC/ICT/T-014/2023",
        "Date of issue: 27 March 2023",
        "Title: Safe City Surveillance System, Phase III (Downtown and Port Area), Yangon",
    ],
    "paragraphs": [
        "1. The Yangon City Development Committee invites sealed bids from eligible companies "
        "registered in Myanmar for the supply, installation, testing and commissioning of a Safe "
        "City surveillance system in the downtown and port area of Yangon.",
        "2. Estimated contract value: US$1.2 million, payable in kyats at the Central Bank "
        "reference rate on the date of payment.",
        "3. The system shall comprise 450 IP cameras, including 60 pan-tilt-zoom (PTZ) cameras, "
        "connected by fibre-optic cable to the existing command centre.",
        "4. Face recognition analytics shall be provided at 12 designated locations, with a "
        "watch-list function able to hold not fewer than 100,000 images.",
        "5. Tender documents may be purchased from the ICT Department, City Hall, for "
        "MMK 200,000 (non-refundable) from 28 March 2023 during office hours.",
        "6. Bidders must have completed at least two surveillance or network projects of a "
        "similar size in the past five years and must submit a bid security of two per cent "
        "of the bid price.",
        "7. Closing date: 28 April 2023, 16:00 hours. Bids received after the closing time will "
        "not be accepted. Bids will be opened in the presence of bidders who wish to attend.",
        "8. The Committee reserves the right to accept or reject any bid, and to cancel the "
        "tender process at any time before the award of the contract, without giving reasons.",
    ],
    "closing": ["Chairman, Tender Committee", "Yangon City Development Committee"],
}

BRIEFING = {
    "file": "19-ngo-briefing-north.pdf",
    "title": "Cameras in the north: Myitkyina, Lashio and Taunggyi",
    "heading": [
        "OPEN SIGNAL WATCH",
        "Briefing paper 2024/02 - 12 February 2024",
        "",
        "Cameras in the north: Myitkyina, Lashio and Taunggyi",
    ],
    "meta": [],
    "paragraphs": [
        "Summary. This paper sets out what Open Signal Watch has been able to document about "
        "street surveillance cameras in three towns in northern and eastern Myanmar. It is based "
        "on photographs and notes from contributors, whose identities we protect, and on public "
        "budget documents.",
        "Myitkyina. In Myitkyina, the capital of Kachin State, we documented at least 60 cameras "
        "on public roads between June and December 2023. Photographs taken by our contributors "
        "show Hikvision branding on most of the cameras there. The system is operational: "
        "contributors saw the cameras' infrared lamps lit at night and a staffed control room "
        "at the town hall.",
        "Lashio. In Lashio, in northern Shan State, the Shan State Government plans a Safe City "
        "system, according to a budget document for the 2024 fiscal year. No cameras had been "
        "installed there by the end of January, and the budget line does not name a supplier.",
        "Taunggyi. In Taunggyi, the state capital, over 80 cameras are in place, many of them "
        "marked with the Uniview logo. We could not find out when they were installed or who "
        "installed them.",
        "What we could not establish. We have not seen any tender documents for these towns, "
        "and we cannot say whether any of the cameras are connected to face recognition "
        "software. We would welcome documents that answer these questions.",
        "Method. Contributors photographed cameras from public places only. Faces and number "
        "plates in the photographs were blurred before the files were sent to us, and the files "
        "were stripped of location metadata.",
    ],
    "closing": ["Open Signal Watch", "This paper may be copied and shared freely."],
}


def make(spec: dict) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 3, 1, tzinfo=dt.UTC))
    pdf.set_title(spec["title"])
    pdf.set_author("Countersight evaluation set (invented document)")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    for line in spec["heading"]:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    for line in spec["meta"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 11)
    for paragraph in spec["paragraphs"]:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(6)
    for line in spec["closing"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    out = HERE / spec["file"]
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    for spec in (TENDER, BRIEFING):
        print(make(spec))
