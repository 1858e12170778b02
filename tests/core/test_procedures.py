"""Tests of the procedure catalog: the shipped demo catalog, round trip, strict validation."""

from __future__ import annotations

import copy
import json
import unicodedata
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from counter_app.core.deadlines import DURATION_UNITS, Duration
from counter_app.core.fees import FeeTier
from counter_app.core.procedure_fields import FieldSpec
from counter_app.core.catalog_json import catalog_to_dict, parse_catalog
from counter_app.core.procedures import (
    Catalog,
    CatalogError,
    ComponentSpec,
    Fee,
    Procedure,
    UnknownProcedureError,
)

DEMO_CATALOG = Path(__file__).parents[2] / "resources/catalog/demo_catalog.json"


@pytest.fixture(scope="module")
def demo_data() -> dict[str, Any]:
    with DEMO_CATALOG.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


@pytest.fixture(scope="module")
def demo(demo_data: dict[str, Any]) -> Catalog:
    return parse_catalog(demo_data)


def _one(**overrides: Any) -> dict[str, Any]:
    proc: dict[str, Any] = {
        "code": "2.000815",
        "name": "Chứng thực bản sao từ bản chính",
        "field": "Chứng thực",
        "level": "commune",
        "duration": {"value": 0, "unit": "working_days"},
        "same_day_cutoff": "15:00",
        "resolving_agency": "UBND cấp xã",
        "components": [{"name": "Bản chính", "required": True, "original": 1, "certified": 0, "photo": 1}],
        "fees": [{"name": "Phí chứng thực", "amount_vnd": 2000, "kind": "phi", "per": "trang"}],
    }
    proc.update(overrides)
    return proc


def _doc(*procs: dict[str, Any]) -> dict[str, Any]:
    return {"version": "test-1", "demo": True, "procedures": list(procs)}


# ------------------------------------------------------------------- the demo catalog


def test_demo_catalog_is_big_and_varied_enough(demo: Catalog) -> None:
    assert len(demo) >= 30
    assert {p.level for p in demo} == {"province", "commune"}
    assert len(demo.fields()) >= 8
    # Working hours are exercised by the deadline tests: since 1.010041 counts ½ working day
    # (issue 14) no demo procedure is set in hours.
    assert {p.duration.unit for p in demo} == set(DURATION_UNITS) - {"working_hours"}
    assert any(p.same_day_cutoff is not None for p in demo)
    assert any(p.duration_cases for p in demo)
    codes = [p.code for p in demo]
    assert len(codes) == len(set(codes))


def test_demo_catalog_is_marked_demo_throughout(demo: Catalog, demo_data: dict[str, Any]) -> None:
    assert demo.demo is True
    assert all(p.demo for p in demo)
    # Each procedure says so itself: a row copied out of the file keeps the mark.
    assert all(item.get("demo") is True for item in demo_data["procedures"])


def test_demo_catalog_certified_copy_is_same_day_with_tiered_fee(demo: Catalog) -> None:
    copy_proc = demo.by_code("2.000815")
    assert copy_proc.field == "Chứng thực"
    assert copy_proc.duration == Duration(0, "working_days")
    assert copy_proc.same_day_cutoff == time(15, 0)
    [fee] = copy_proc.fees  # one fee with its page tiers and cap, as Circular 226/2016 sets it
    assert (fee.amount_vnd, fee.per, fee.basis, fee.max_per_copy_vnd) == (
        2000, "trang", "per_page", 200_000)
    assert fee.tiers == (FeeTier(3, 1000),)


def test_demo_catalog_declares_the_fields_of_birth_marriage_and_residence(demo: Catalog) -> None:
    birth = {f.key: f for f in demo.by_code("1.001193").fields}
    assert {"child_full_name", "child_birth_date", "child_birth_place", "child_gender",
            "father_full_name", "mother_full_name"} <= set(birth)
    assert birth["child_birth_date"].type == "date" and birth["child_birth_date"].required
    marriage = {f.key: f.type for f in demo.by_code("1.000894").fields}
    assert marriage["female_id_number"] == marriage["male_id_number"] == "id_number"
    assert {f.key for f in demo.by_code("1.004222").fields} >= {"new_address"}
    assert demo.by_code("2.000815").fields == ()


def test_demo_catalog_required_components_list_a_copy(demo: Catalog) -> None:
    # The intake check refuses a required component handed in with no copy; a catalog default of
    # zero copies would make every dossier of the procedure unreceivable.
    for p in demo:
        for c in p.components:
            if c.required:
                assert c.original + c.certified + c.photo > 0, (p.code, c.name)


def test_demo_catalog_text_is_nfc(demo: Catalog) -> None:
    for p in demo:
        texts = [p.name, p.field, p.resolving_agency, p.keywords]
        texts += [c.name for c in p.components] + [f.name for f in p.fees]
        assert all(unicodedata.is_normalized("NFC", t) for t in texts), p.code


def test_catalog_lookup(demo: Catalog) -> None:
    assert demo.by_code("1.001193").name == "Đăng ký khai sinh"
    assert "1.001193" in demo
    assert demo.get("9.999999") is None
    with pytest.raises(UnknownProcedureError) as err:
        demo.by_code("9.999999")
    assert isinstance(err.value, KeyError) and isinstance(err.value, CatalogError)
    assert "9.999999" in str(err.value)
    assert list(demo.fields()) == sorted(set(demo.fields()))


# ------------------------------------------------------------------------- round trip


def test_round_trip_of_the_demo_catalog(demo: Catalog) -> None:
    again = parse_catalog(catalog_to_dict(demo))
    assert again == demo
    # And through real JSON text, as the central service serves it.
    assert parse_catalog(json.loads(json.dumps(catalog_to_dict(demo), ensure_ascii=False))) == demo


def test_round_trip_keeps_every_attribute() -> None:
    proc = Procedure(
        code="1.004194",
        name="Đăng ký tạm trú",
        field="Đăng ký, quản lý cư trú",
        level="commune",
        duration=Duration(3, "working_days"),
        same_day_cutoff=time(16, 30),
        components=(ComponentSpec("Tờ khai CT01", True, original=1, certified=2, photo=3, note="ghi chú"),),
        fees=(Fee("Lệ phí", 15000, "le_phi", "lần", "trực tuyến 7.000"), Fee("Phí", 0, "phi"),
              Fee("Phí sao", 2000, "phi", "trang", basis="per_page",
                  tiers=(FeeTier(3, 1000), FeeTier(10, 500)), max_per_copy_vnd=50_000),
              Fee("Phí bản", 0, "phi", "bản", basis="per_copy", tiers=(FeeTier(3, 5000),))),
        resolving_agency="Công an cấp xã",
        online_duration=Duration(4, "working_hours"),
        demo=False,
        keywords="tạm trú, KT3",
        fields=(FieldSpec("new_address", "Nơi chuyển đến", "text", True, "ghi chú"),
                FieldSpec("since", "Từ ngày", "date")),
    )
    catalog = Catalog(procedures=(proc,), version="v9", demo=False, note="n")
    assert parse_catalog(catalog_to_dict(catalog)) == catalog


def test_names_are_nfc_normalized() -> None:
    decomposed = unicodedata.normalize("NFD", "Đăng ký khai sinh")
    assert decomposed != "Đăng ký khai sinh"
    catalog = parse_catalog(_doc(_one(name=decomposed, field=unicodedata.normalize("NFD", "Hộ tịch"))))
    proc = catalog.by_code("2.000815")
    assert proc.name == "Đăng ký khai sinh"
    assert proc.field == "Hộ tịch"


def test_procedure_demo_flag_defaults_to_the_catalogs() -> None:
    real = {"version": "hn-2025", "procedures": [_one()]}
    assert parse_catalog(real).by_code("2.000815").demo is False
    assert parse_catalog(_doc(_one())).by_code("2.000815").demo is True


# ------------------------------------------------------------------------- validation


def _error(doc: dict[str, Any]) -> CatalogError:
    with pytest.raises(CatalogError) as err:
        parse_catalog(doc)
    return err.value


@pytest.mark.parametrize("bad", ["2.815", "2-000815", "1.001234.000.00.00.H12", "", 2000815])
def test_bad_code_format_is_named(bad: object) -> None:
    err = _error(_doc(_one(code=bad)))
    assert err.field == "code"
    assert "code" in str(err)
    if isinstance(bad, str) and bad:
        assert bad in str(err)


def test_bad_duration_unit_names_code_and_field() -> None:
    err = _error(_doc(_one(code="1.001193", duration={"value": 3, "unit": "days"})))
    assert (err.code, err.field) == ("1.001193", "duration.unit")
    assert "1.001193" in str(err) and "duration.unit" in str(err)


def test_negative_count_names_code_and_field() -> None:
    comps = [{"name": "A", "required": True}, {"name": "B", "required": True, "photo": -1}]
    err = _error(_doc(_one(code="1.004222", components=comps)))
    assert (err.code, err.field) == ("1.004222", "components[1].photo")
    assert "1.004222" in str(err) and "components[1].photo" in str(err)


@pytest.mark.parametrize("cutoff", ["15h", "25:00", "15:60", "3:00 PM", 15, "1500"])
def test_bad_cutoff_names_code_and_field(cutoff: object) -> None:
    err = _error(_doc(_one(code="2.000884", same_day_cutoff=cutoff)))
    assert (err.code, err.field) == ("2.000884", "same_day_cutoff")
    assert "2.000884" in str(err) and "same_day_cutoff" in str(err)


def test_duplicate_code_is_named() -> None:
    err = _error(_doc(_one(code="1.000894"), _one(code="1.000894", name="Khác")))
    assert (err.code, err.field) == ("1.000894", "code")
    assert "1.000894" in str(err) and "duplicate" in str(err)


def test_duplicate_code_rejected_by_catalog_itself() -> None:
    proc = parse_catalog(_doc(_one())).by_code("2.000815")
    with pytest.raises(CatalogError):
        Catalog(procedures=(proc, proc), version="x")


@pytest.mark.parametrize("name", [None, "", "   "])
def test_missing_name_names_code_and_field(name: object) -> None:
    proc = _one(code="1.000656")
    if name is None:
        del proc["name"]
    else:
        proc["name"] = name
    err = _error(_doc(proc))
    assert (err.code, err.field) == ("1.000656", "name")
    assert "1.000656" in str(err) and "name" in str(err)


def test_district_level_is_refused() -> None:
    err = _error(_doc(_one(level="district")))
    assert err.field == "level"
    assert "district" in str(err)


def test_unknown_key_is_refused_so_typos_do_not_drop_data() -> None:
    proc = _one()
    proc["same_day_cutof"] = proc.pop("same_day_cutoff")
    err = _error(_doc(proc))
    assert err.code == "2.000815"
    assert "same_day_cutof" in str(err)


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("duration", "value"), -1, "duration.value"),
        (("duration", "value"), "3", "duration.value"),
        (("fees", 0, "amount_vnd"), -5, "fees[0].amount_vnd"),
        (("fees", 0, "amount_vnd"), 2.5, "fees[0].amount_vnd"),
        (("fees", 0, "kind"), "thue", "fees[0].kind"),
        (("components", 0, "required"), "yes", "components[0].required"),
        (("components", 0, "original"), True, "components[0].original"),
        (("fees", 0, "basis"), "per_year", "fees[0].basis"),
        (("fees", 0, "max_per_copy_vnd"), 100, "fees[0].max_per_copy_vnd"),  # a flat fee
        (("fees", 0, "tiers"), [{"from": 3, "amount_vnd": 1}], "fees[0].tiers"),  # flat
    ],
)
def test_other_field_errors_are_named(path: tuple[Any, ...], value: object, field: str) -> None:
    proc = copy.deepcopy(_one(code="1.001022"))
    target: Any = proc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    err = _error(_doc(proc))
    assert (err.code, err.field) == ("1.001022", field)


def test_online_duration_is_validated() -> None:
    err = _error(_doc(_one(online_duration={"value": 1, "unit": "weeks"})))
    assert err.field == "online_duration.unit"


def test_catalog_needs_version_and_procedure_list() -> None:
    assert _error({"procedures": []}).field == "version"
    assert _error({"version": "x", "procedures": "nope"}).field == "procedures"


def test_a_catalog_without_new_keys_is_written_as_before() -> None:
    # Fee basis, tiers, cap and fields are written only when used: older counters read it.
    out = catalog_to_dict(parse_catalog(_doc(_one(code="1.001022"))))
    proc = out["procedures"][0]  # type: ignore[index]
    assert "fields" not in proc
    assert all(set(f) == {"name", "amount_vnd", "kind", "per", "note"} for f in proc["fees"])


@pytest.mark.parametrize(
    ("tiers", "message"),
    [([{"from": 1, "amount_vnd": 1000}], "fees[0].tiers[0].from"),
     ([{"from": 3, "amount_vnd": 1000}, {"from": 3, "amount_vnd": 500}], "fees[0].tiers[1].from"),
     ([{"from": 3, "amount_vnd": -1}], "fees[0].tiers[0].amount_vnd"),
     ([{"from": 3, "amount": 1}], "fees[0].tiers[0].amount")],
)
def test_bad_fee_tiers_are_named(tiers: list[dict[str, Any]], message: str) -> None:
    proc = copy.deepcopy(_one(code="1.001022"))
    proc["fees"][0].update(basis="per_page", tiers=tiers)
    assert _error(_doc(proc)).field == message


@pytest.mark.parametrize(
    ("fields", "where"),
    [([{"key": "Child", "label": "Tên"}], "fields[0].key"),
     ([{"key": "a", "label": "A"}, {"key": "a", "label": "B"}], "fields[1].key"),
     ([{"key": "a", "label": ""}], "fields[0].label"),
     ([{"key": "a", "label": "A", "type": "number"}], "fields[0].type"),
     ([{"key": "a", "label": "A", "required": "yes"}], "fields[0].required"),
     ([{"key": "a", "label": "A", "hint": "x"}], "fields[0].hint"),
     ("child", "fields")],
)
def test_bad_procedure_fields_are_named(fields: object, where: str) -> None:
    err = _error(_doc(_one(code="1.001193", fields=fields)))
    assert (err.code, err.field) == ("1.001193", where)
# ------------------------------------------------------------------- duration cases


def test_residence_confirmation_has_its_two_statutory_times(demo: Catalog) -> None:
    proc = demo.by_code("1.010041")
    assert proc.duration == Duration(0.5, "working_days")  # the common case is the default
    assert [(c.key, c.duration) for c in proc.duration_cases] == [
        ("csdl", Duration(0.5, "working_days")), ("xac_minh", Duration(3, "working_days"))]
    assert proc.duration_for("") == proc.duration_for("csdl") == Duration(0.5, "working_days")
    assert proc.duration_for("xac_minh") == Duration(3, "working_days")
    with pytest.raises(CatalogError) as err:
        proc.duration_for("4h")
    assert err.value.field == "duration_case" and "1.010041" in str(err.value)


def test_duration_cases_round_trip_and_are_checked() -> None:
    case = {"key": "a", "name": "Thường", "duration": {"value": 5, "unit": "working_days"}}
    other = {"key": "b", "name": "Phải xác minh", "duration": {"value": 10, "unit": "working_days"}}
    doc = _doc(_one(duration={"value": 5, "unit": "working_days"}, duration_cases=[case, other]))
    catalog = parse_catalog(doc)
    assert parse_catalog(catalog_to_dict(catalog)) == catalog
    assert catalog.procedures[0].duration_for("b") == Duration(10, "working_days")
    err = _error(_doc(_one(duration={"value": 5, "unit": "working_days"},
                           duration_cases=[other, case])))
    assert err.field == "duration_cases[0].duration"
    err = _error(_doc(_one(duration={"value": 5, "unit": "working_days"},
                           duration_cases=[case, dict(other, key="a")])))
    assert err.field == "duration_cases"
