"""Vehicles, union locals and numbered roads in English notes.

* **plates right after a vehicle's noun** (``Courier van NWPL96``, ``delivery truck HJL 442F``,
  ``ambulance unit MX4471``, ``cab TXR 5521``): five to eight upper-case letters and digits, both,
  in one group or two; not a time's or a lab value's word (``van ETA 1430``), not ``CAR T`` or
  ``CAB`` (a therapy, a bypass);
* **vehicle numbers** without a plate's shape: a bus's or a van's number (``rode bus #12``) and
  a partial plate (``plate ending 77``, ``partial plate 4HG``): both point to one vehicle;
* **aircraft tail numbers** after an air transport's word (``flown in by LifeFlight N412LF``);
* **union locals** (``IBEW Local 58``, ``Teamsters Local 705``, ``union local 1199``): a
  workplace;
* **numbered roads** after a preposition (``works at the Shell on Route 9``, ``off Highway 41``,
  ``on I-95``): a place smaller than a state;
* **makes and models stay**: a car's make and model (``silver Toyota Camry``, ``2016 Ford
  F-150``) identify no one; the name recognisers may take them for a town or a surname, so a
  span made only of a make and its model is dropped when the make reads as a car's (an
  unambiguous make with its model or a vehicle's context, a make that is also a name
  (``Ford``, ``Lincoln``) only with a vehicle's context) and no title stands before it
  (``Dr. Honda`` is a person).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_vehicle_numbers", "keep_vehicle_models"]


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.ASCII)


_BUS_NUMBER = _rx(
    r"(?i:\b(?:bus|van|cab|taxi|shuttle|truck|trailer)[ \t]*(?:#|no\.|number)[ \t]*:?[ \t]*)"
    r"(?P<v>[A-Za-z]{0,3}-?\d[\dA-Za-z-]*)(?![\w-])"
)
#: a plate right after a vehicle's noun ("Courier van NWPL96", "delivery truck HJL 442F",
#: "ambulance unit MX4471", "cab TXR 5521"): upper-case letters and digits, both, five to eight
#: of them, in one group or two (checked by :func:`_plate_like`)
_NOUN_PLATE = _rx(
    r"\b(?P<noun>(?i:van|minivan|truck|cab|taxi|car|vehicle|suv|sedan|pickup|bus|shuttle|ambulance|"
    r"trailer|motorcycle|rig|wagon))"
    r"(?i:[ \t]+(?:unit|plates?|tags?|reg|registration))?[ \t]*(?:#|(?i:no\.|number))?[ \t]*:?[ \t]*"
    r"(?P<v>[A-Z0-9]{2,8}(?:[ -][A-Z0-9]{1,5})?)(?![\w-])"
)
#: what may follow a vehicle's noun with no plate: a time's or a place's word, a lab's name
_NOT_PLATE_HEAD = frozenset(
    "ETA ETD AT ON IN TO BY AM PM ID NO HR HRS MIN MINS ED ER ICU OR PACU BP SBP DBP MAP HGB WBC VIN "
    "MON TUE WED THU FRI SAT SUN "
    "PLT BUN INR ALT AST CRP ESR GCS".split()
)
_PARTIAL_PLATE = _rx(
    r"(?i:\b(?:licen[cs]e[ \t]+)?(?:plates?|tags?)[ \t]+(?:number[ \t]+)?"
    r"(?:(?:ending|starting|beginning)(?:[ \t]+(?:in|with))?|partial(?:ly)?[ \t]*:?|"
    r"that[ \t]+(?:ends|ended|starts|started)[ \t]+(?:in|with))[ \t]+)"
    r"[\"'“‘]?(?P<v>[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,4})?)(?![\w-])"
)
_PARTIAL_FIRST = _rx(
    r"(?i:\bpartial[ \t]+(?:licen[cs]e[ \t]+)?(?:plate|tag)[ \t]*(?:#|number|no\.?)?"
    r"[ \t]*:?[ \t]*)[\"'“‘]?(?P<v>[A-Z0-9]{2,5}(?:[ -][A-Z0-9]{1,4})?)(?![\w-])"
)
#: an aircraft's registration (US tail number ``N412LF``) after an air transport's word in the
#: line, never a respirator's grade (``N95``)
_TAIL_NUMBER = _rx(
    r"(?i:\b(?:helicopter|aircraft|air[ \t]+ambulance|air[ \t]+medical|medevac|[a-z]*flight|"
    r"airlift(?:ed)?|flown|chopper|rotor[ \t-]*wing|fixed[ \t-]*wing|tail)\b)[^\n]{0,40}?"
    r"\b(?P<v>N(?!95\b|99\b|100\b)[1-9](?:\d{0,4}[A-Z]{1,2}|\d{2,4}))(?![\w-])"
)
_UNION_LOCAL = _rx(
    r"\b(?:(?:[A-Z][A-Za-z.&'-]*[ \t]+){1,4}|(?i:union)[ \t]+)(?i:local)[ \t]*#?[ \t]*"
    r"\d{1,5}[A-Z]?\b"
)
_ROAD = _rx(
    r"\b(?:on|off|along|near|at|by|from|onto|via)[ \t]+(?:the[ \t]+)?"
    r"(?P<v>(?:(?:State|County|US|U\.S\.)[ \t]+)?(?:Route|Rte\.?|Highway|Hwy\.?|Interstate|"
    r"County[ \t]+Road|Farm[ \t]+Road)[ \t]+\d{1,4}[A-Z]?\b|(?:I|US|SR|CR|FM)-\d{1,4}\b)"
)

_MAKES = frozenset(
    """toyota honda nissan hyundai kia subaru mazda chevrolet chevy volkswagen vw bmw audi
lexus acura infiniti mitsubishi tesla volvo porsche jaguar buick cadillac gmc pontiac oldsmobile
plymouth suzuki isuzu hummer chrysler mercedes mercedes-benz peugeot renault fiat citroen yamaha
kawasaki ducati""".split()
)
#: makes that are also a surname or a town: a car's only in a vehicle's context
_NAME_MAKES = frozenset(
    "ford lincoln dodge mercury saturn jeep ram genesis scion mini harley harley-davidson".split()
)
_VEHICLE_BEFORE = _rx(
    r"(?i:\b(?:(?:19|20)\d\d|'\d\d|silver|black|white|red|blue|gr[ae]y|green|gold|tan|"
    r"maroon|brown|beige|dark|light|navy|burgundy|car|truck|vehicle|suv|van|sedan|"
    r"pickup|drives|driving|drove|driver|rented|owns|plated)"
    r"[ \t]+(?:\w+[ \t]+)?)$"
)
_VEHICLE_AFTER = _rx(
    r"(?i:[ \t]+(?:\w+[ \t]+)?(?:car|truck|vehicle|suv|van|sedan|pickup|minivan|coupe|"
    r"hatchback|wagon))\b"
)
_TITLE_BEFORE = _rx(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|nurse|rn|md)\.?[ \t]+)$")
_MODEL = _rx(r"[ \t]+(?P<m>[A-Z][A-Za-z0-9-]*|[A-Za-z]{0,3}-?\d[\dA-Za-z-]*)")
#: the models of the makes that are also names: with one, the make is a car's ("a Dodge Ram")
_NAME_MAKE_MODELS = frozenset(
    """ram caravan charger durango challenger journey dart neon explorer
focus fusion escape ranger mustang expedition edge taurus bronco fiesta wrangler cherokee compass
liberty renegade gladiator patriot navigator continental mkz mkx aviator corsair marquis""".split()
)
_MODEL_FIRST = frozenset("grand model town land range santa super great mustang sierra ram".split())
_WORD = _rx(r"[A-Za-z][A-Za-z0-9'-]*|\d[\dA-Za-z-]*")


def find_vehicle_numbers(text: str) -> list[PhiSpan]:
    """Bus and van numbers, partial plates, union locals and numbered roads of ``text``."""
    out: list[PhiSpan] = []
    for rx, category in (
        (_BUS_NUMBER, "vehicle"),
        (_PARTIAL_PLATE, "vehicle"),
        (_PARTIAL_FIRST, "vehicle"),
        (_TAIL_NUMBER, "vehicle"),
        (_ROAD, "address"),
    ):
        out.extend(PhiSpan(m.start("v"), m.end("v"), category) for m in rx.finditer(text))
    out.extend(PhiSpan(m.start(), m.end(), "workplace") for m in _UNION_LOCAL.finditer(text))
    for m in _NOUN_PLATE.finditer(text):
        if m.group("noun") not in ("CAR", "CAB", "BUS") and _plate_like(m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "vehicle"))
    return out


def _plate_like(token: str) -> bool:
    """Five to eight letters and digits, both, not a time's or a lab value's word
    (``NWPL96``, ``WFC 871E``, ``7KDX221``; not ``ETA 1430``, ``2019``)."""
    groups = re.split(r"[ -]", token)
    chars = "".join(groups)
    return (
        5 <= len(chars) <= 8
        and any(c.isdigit() for c in chars)
        and any(c.isalpha() for c in chars)
        and groups[0] not in _NOT_PLATE_HEAD
        and min(len(g) for g in groups) >= (1 if len(groups) == 1 else 2)
    )


def _car_words(text: str) -> set[tuple[int, int]]:
    """The ``(start, end)`` of every make that reads as a car's, and of its model's words."""
    words: set[tuple[int, int]] = set()
    for m in _WORD.finditer(text):
        key = m.group().lower()
        if key not in _MAKES and key not in _NAME_MAKES:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _TITLE_BEFORE.search(before):
            continue
        model = _MODEL.match(text, m.end())
        context = bool(_VEHICLE_BEFORE.search(before) or _VEHICLE_AFTER.match(text, m.end()))
        named = model is not None and (
            model.group("m").lower() in _NAME_MAKE_MODELS or any(c.isdigit() for c in model.group("m"))
        )
        if not (context or (key in _MAKES and model) or named):
            continue
        words.add((m.start(), m.end()))
        if model is None:
            continue
        words.add((model.start("m"), model.end("m")))
        second = _MODEL.match(text, model.end())  # "Grand Cherokee", "Model 3", "Town Car"
        if second and (
            model.group("m").lower() in _MODEL_FIRST or any(c.isdigit() for c in second.group("m"))
        ):
            words.add((second.start("m"), second.end("m")))
    return words


def keep_vehicle_models(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` less those made only of a car's make and its model.

    Args:
        text: the note.
        spans: the note's spans, resolved.
    """
    if not any(w.group().lower() in _MAKES or w.group().lower() in _NAME_MAKES for w in _WORD.finditer(text)):
        return spans
    car = _car_words(text)
    if not car:
        return spans
    kept: list[PhiSpan] = []
    for span in spans:
        parts = [
            (m.start() + span.start, m.end() + span.start)
            for m in _WORD.finditer(text[span.start : span.end])
        ]
        if (
            span.category in ("name", "geo", "hospital", "workplace")
            and parts
            and all(p in car for p in parts)
        ):
            continue
        kept.append(span)
    return kept
