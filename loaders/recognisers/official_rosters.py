"""Rosters: a body's members written one row each, the name first and the post after it.

    副主任：杨元元　　民航总局局长          a roster's label, the name, spaces, the post
    　　　　吉　林　　北京市副市长          a name padded to the width of three characters
    副总河长：刘惠 省委常委、常务副省长 张曙光 省政府副省长      several members on one row
    成员：王得明市委组织部副部长、市人社局局长                     the post run on after the name, a region's body first
    巨洪程市工信委主任

Notices setting up a 领导小组, 联席会议 or 协调委员会 and the lists of 河长 write their members so. The row is read on
the text as laid out (spaces kept: `SourceDocument.plain`), where the spaces tell the name from the post, and only
when the whole row reads as names and posts, each post ending with a title of loaders/data/titles.tsv. A row without
spaces is read only in a roster (after a label, or among such rows), its post opening with a region's body
(市财政局局长, 省委常委) or a title (副市长), and its name a family name's.
"""
from __future__ import annotations

import re

from loaders.recognisers.official_names import has_surname, name_problem, titles_table, transliterated
from loaders.recognisers.officials import Mention, title_level, offices_ending

# A roster row's label: 主　任：, 副总河长:, 成　员：, 总召集人:.
_LABEL = re.compile(r"[ \t\u3000]*(?:[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,9}[：:][ \t\u3000]*)?")
_GAP = re.compile(r"[ \t\u3000\u00a0]+")
_SINGLE = re.compile(r"[\u4e00-\u9fff]")
# A post run on after a name opens with a region's body (市委, 省财政厅) or a title itself.
_RUN_ON_POST = re.compile(r"[省市县区州旗盟镇乡]")
# What a name's problem may be in a roster, where the row says it is a name: an ordinary word (万里, 石英) or a
# place's end (杨三省, 吉林).
_ROSTER_NAME_PROBLEMS = ("an ordinary word", "reads as a phrase or a place")


# A post no longer held (中国文联原副主席, 江苏省原副省长), or a university's or an academy's (北京外国语大学学术委员会主任,
# 首都体育学院院长, 中科院副院长), as expert committees list their members: no office of government. A member's rank or
# calling (教授, 院士, 研究员) is no title either and is left out of the posts.
_NOT_HELD = re.compile(r"原|大学|学院|学校|研究院|研究所|学部|科学院|科院|工程院")


def _roster_name(name: str) -> bool:
    if not 2 <= len(name) <= 4 or not has_surname(name):
        return transliterated(name) if 2 <= len(name) <= 5 else False
    why = name_problem(name)
    return not why or why.startswith(_ROSTER_NAME_PROBLEMS)


def _pieces(row: str, at: int) -> list[tuple[str, int, bool]]:
    """The row's pieces between runs of spaces, single characters run together (吉　林 → 吉林, a padded name), each
    with whether it stands as close to a padded name before it as the name's own characters do (贺 昌 信省…: the 信
    may be the name's, the row cannot tell)."""
    out: list[tuple[str, int, bool]] = []
    pad, prev_end = None, at
    for m in re.finditer(r"[^ \t\u3000\u00a0]+", row):
        piece, gap = m.group(), row[prev_end - at:m.start()]
        prev_end = at + m.end()
        if _SINGLE.fullmatch(piece) and out and pad is not False and _SINGLE.fullmatch(out[-1][0][:1]) \
                and len(out[-1][0]) < 3 and (pad is None and len(out[-1][0]) == 1 or gap == pad):
            pad = gap
            out[-1] = (out[-1][0] + piece, out[-1][1], False)
            continue
        out.append((piece, at + m.start(), pad is not None and pad is not False and gap == pad))
        pad = None if _SINGLE.fullmatch(piece) else False
    return out


def _post(piece: str):
    table = titles_table()
    offices = offices_ending(piece, table)
    if not offices or any(t.level == "national" for t in offices):
        return None
    return offices


def _spaced(row: str, at: int) -> list[tuple[str, str, int, int]] | None:
    """(name, post, start, end) of a row whose pieces are names and posts in turn, or None."""
    pieces = _pieces(row, at)
    if len(pieces) < 2 or len(pieces) % 2:
        return None
    out = []
    for (name, s, _), (post, p, close) in zip(pieces[::2], pieces[1::2]):
        if not _roster_name(name) or _post(post) is None or close and not _opens_post(post):
            return None
        out.append((name, post, s, p + len(post)))
    return out


def _opens_post(post: str) -> bool:
    return bool(_RUN_ON_POST.match(post) or titles_table().chain.match(post))


def _run_on(row: str, at: int) -> tuple[str, str, int, int] | None:
    """(name, post, start, end) of a row that is one name and its post with no space between (巨洪程市工信委主任)."""
    for k in (3, 2, 4):
        name, post = row[:k], row[k:]
        if _opens_post(post) and name_problem(name) != "does not start with a family name" \
                and _roster_name(name) and _post(post) is not None:
            return name, post, at, at + len(row)
    return None


def find(plain: str) -> list[Mention]:
    """The members of every roster in `plain` (the text with its lines and spaces), positions in `plain`."""
    out: list[Mention] = []
    rows = []
    for line in re.finditer(r"[^\n]+", plain):
        label = _LABEL.match(line.group())
        at = line.start() + label.end()
        row = line.group()[label.end():].rstrip()
        rows.append((at, row, bool(label.group().strip(" \t\u3000"))))
    spaced = [_spaced(row, at) for at, row, _ in rows]
    # (a neighbour shaped as a member's row counts, its post one kg has no title for: 朱曙光　　武警部队副司令员)
    shaped = [bool(spaced[k]) or len(p := _pieces(row, at)) == 2 and _roster_name(p[0][0]) for k, (at, row, _) in enumerate(rows)]
    run_on = [None if _GAP.search(row) else _run_on(row, at) for at, row, _ in rows]
    for k, (at, row, labelled) in enumerate(rows):
        # a roster's row: after its label, or among other such rows (a lone 张三 市长 is no roster); a row with no
        # space between name and post only among other such rows
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(rows)]
        members = spaced[k] if spaced[k] and (labelled or any(shaped[j] for j in near)) else \
            [run_on[k]] if run_on[k] and any(run_on[j] for j in near) else ()
        for name, post, s, e in members:
            offices = [(p, o) for p in post.split("、") if not _NOT_HELD.search(p) and (o := _post(p))]
            if offices:
                out.append(Mention(name, [p for p, _ in offices], "", title_level([t for _, o in offices for t in o]), "", s, e, "titled"))
    return out


def merged(found: list[Mention], plain: str) -> list[tuple[Mention, bool]]:
    """The officials a text's reading found (positions in the text read) and its rosters' members not among them
    (positions in `plain`, marked True); a name the reading cut short of a roster's (杨三 of 杨三省 省政府…) is the
    roster's."""
    rostered = find(plain)
    names = {m.name for m in found}
    whole = {r.name for r in rostered}
    out = [(m, False) for m in found if not any(n != m.name and n.startswith(m.name) for n in whole)]
    return out + [(r, True) for r in rostered if r.name not in names]
