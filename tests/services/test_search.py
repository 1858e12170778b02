"""Finding a dossier again: by the slip's code, the applicant's name without diacritics, ID, phone."""

from __future__ import annotations

from dataclasses import replace

from counter_app.core.dossier import Applicant
from counter_app.services import intake, queries
from tests.services.helpers import AN, draft

PEOPLE = [
    Applicant(full_name="Nguyễn Văn An", id_number="038203012345", phone="0912345678"),
    Applicant(full_name="Nguyễn Thị Đào", id_number="038305012346", phone="0987654321"),
    Applicant(full_name="Trần Văn Bình", id_number="001090012347", phone="+84 24 3825 1234"),
]


def _receive_all(ctx):
    return [intake.receive_dossier(ctx, draft(ctx, applicant=p)).code for p in PEOPLE]


def test_search_by_folded_name_newest_first(ctx):
    codes = _receive_all(ctx)
    assert [r.code for r in queries.search(ctx, "nguyen")] == [codes[1], codes[0]]
    assert [r.code for r in queries.search(ctx, "NGUYỄN  đào")] == [codes[1]]
    assert [r.code for r in queries.search(ctx, "ngu da")] == [codes[1]]  # word prefixes
    assert queries.search(ctx, "le van") == []


def test_search_by_code_id_and_phone(ctx):
    codes = _receive_all(ctx)
    assert [r.code for r in queries.search(ctx, codes[2])] == [codes[2]]
    assert len(queries.search(ctx, "000.00.06.H56-251117")) == 3
    assert [r.code for r in queries.search(ctx, "038305012346")] == [codes[1]]
    assert [r.code for r in queries.search(ctx, "0987 654 321")] == [codes[1]]
    assert [r.code for r in queries.search(ctx, "02438251234")] == [codes[2]]


def test_search_reads_fts_syntax_as_plain_text(ctx):
    """A stray quote, star or dash typed by the clerk changes nothing of what is found, and
    FTS5 operators are only words: the search neither fails nor finds more or less."""
    an, dao, binh = _receive_all(ctx)

    def found(query):
        return [r.code for r in queries.search(ctx, query)]

    for alone in ['"', "-", "^", "*", "NEAR(", "AND", "OR", "NOT"]:
        assert found(alone) == [], alone  # nobody is called that
    assert found('"nguyen') == found('nguyen"') == found("-nguyen") == [dao, an]  # not NOT
    assert found("^tran") == found("tran^") == [binh]
    assert found("an*") == found("an") == [an]
    assert found("dao OR an") == []  # not an OR: nobody has both names and a third "or"
    assert found("NEAR(nguyen dao)") == []  # nor a NEAR group


def test_search_limit(ctx):
    for _ in range(5):
        intake.receive_dossier(ctx, draft(ctx, applicant=replace(AN)))
    assert len(queries.search(ctx, "nguyen van an", limit=3)) == 3
