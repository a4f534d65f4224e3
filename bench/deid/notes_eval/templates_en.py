# Longer than 450 lines: 32 whole-document templates and their clinical content; one file per language keeps the set's independence auditable.
"""English (US) note templates and the clinical content they are filled with.

Every template is a function of a Ctx returning a Doc. PHI goes in as P(...) values; clinical
terms that must survive go in as K(...) values or inline ⟦code|term⟧ markup.
"""

# ruff: noqa: E501  (note templates are prose; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

from _core import (
    CRED_MD,
    STATE_NAMES,
    Ctx,
    Doc,
    K,
    P,
    PersonEN,
    accession_en,
    acct_en,
    addr_en,
    age_en,
    city_en,
    company_en,
    dea,
    den,
    device_serial,
    dob_for,
    email_en,
    group_no,
    hhmm,
    hosp_domain,
    hospital_en,
    insurance_en,
    ip_addr,
    join,
    mrn_en,
    npi,
    passport_en,
    path_accession,
    person_en,
    phone_en,
    pick_age,
    plate_en,
    plus,
    rdate,
    ssn_en,
    state_license,
    street_en,
    vin,
    work_email,
)

# =========================================================================== medications

# key: (generic, brand or None, doses, frequencies)
MEDS = {
    "atorvastatin": ("atorvastatin", "Lipitor", ["20 mg", "40 mg", "80 mg"], ["daily", "at bedtime", "qHS"]),
    "rosuvastatin": ("rosuvastatin", "Crestor", ["10 mg", "20 mg"], ["daily"]),
    "metformin": ("metformin", "Glucophage", ["500 mg", "850 mg", "1000 mg"], ["BID", "twice daily", "daily with dinner"]),
    "lisinopril": ("lisinopril", "Zestril", ["5 mg", "10 mg", "20 mg", "40 mg"], ["daily"]),
    "losartan": ("losartan", "Cozaar", ["25 mg", "50 mg", "100 mg"], ["daily"]),
    "amlodipine": ("amlodipine", "Norvasc", ["5 mg", "10 mg"], ["daily"]),
    "metoprolol_s": ("metoprolol succinate", "Toprol XL", ["25 mg", "50 mg", "100 mg"], ["daily"]),
    "metoprolol_t": ("metoprolol tartrate", "Lopressor", ["12.5 mg", "25 mg", "50 mg"], ["BID", "q12h"]),
    "carvedilol": ("carvedilol", "Coreg", ["3.125 mg", "6.25 mg", "12.5 mg"], ["BID"]),
    "apixaban": ("apixaban", "Eliquis", ["5 mg", "2.5 mg"], ["BID", "twice daily"]),
    "rivaroxaban": ("rivaroxaban", "Xarelto", ["20 mg", "15 mg"], ["daily with supper"]),
    "warfarin": ("warfarin", "Coumadin", ["2.5 mg", "5 mg", "7.5 mg"], ["daily", "as directed per INR"]),
    "levothyroxine": ("levothyroxine", "Synthroid", ["50 mcg", "75 mcg", "88 mcg", "112 mcg"], ["daily before breakfast"]),
    "furosemide": ("furosemide", "Lasix", ["20 mg", "40 mg", "80 mg"], ["daily", "BID"]),
    "omeprazole": ("omeprazole", "Prilosec", ["20 mg", "40 mg"], ["daily"]),
    "pantoprazole": ("pantoprazole", "Protonix", ["40 mg"], ["daily", "BID"]),
    "sertraline": ("sertraline", "Zoloft", ["25 mg", "50 mg", "100 mg"], ["daily"]),
    "escitalopram": ("escitalopram", "Lexapro", ["10 mg", "20 mg"], ["daily"]),
    "glargine": ("insulin glargine", "Lantus", ["14 units", "20 units", "32 units"], ["at bedtime", "daily"]),
    "lispro": ("insulin lispro", "Humalog", ["4 units", "6 units", "sliding scale"], ["with meals", "TID AC"]),
    "albuterol": ("albuterol", "ProAir HFA", ["2 puffs", "2.5 mg nebulized"], ["q4h PRN wheeze", "q6h PRN"]),
    "tiotropium": ("tiotropium", "Spiriva", ["18 mcg"], ["inhaled daily"]),
    "symbicort": ("budesonide-formoterol", "Symbicort", ["160/4.5 mcg 2 puffs"], ["BID"]),
    "sinemet": ("carbidopa-levodopa", "Sinemet", ["25/100 mg", "25/250 mg"], ["TID", "four times daily"]),
    "gabapentin": ("gabapentin", "Neurontin", ["100 mg", "300 mg", "600 mg"], ["TID", "at bedtime"]),
    "prednisone": ("prednisone", None, ["40 mg", "20 mg", "10 mg", "5 mg"], ["daily"]),
    "aspirin": ("aspirin", None, ["81 mg", "325 mg"], ["daily"]),
    "clopidogrel": ("clopidogrel", "Plavix", ["75 mg"], ["daily"]),
    "ticagrelor": ("ticagrelor", "Brilinta", ["90 mg"], ["BID"]),
    "empagliflozin": ("empagliflozin", "Jardiance", ["10 mg", "25 mg"], ["daily"]),
    "semaglutide": ("semaglutide", "Ozempic", ["0.25 mg", "0.5 mg", "1 mg"], ["SC weekly"]),
    "donepezil": ("donepezil", "Aricept", ["5 mg", "10 mg"], ["at bedtime"]),
    "tamsulosin": ("tamsulosin", "Flomax", ["0.4 mg"], ["daily"]),
    "mesalamine": ("mesalamine", "Lialda", ["2.4 g", "4.8 g"], ["daily"]),
    "infliximab": ("infliximab", "Remicade", ["5 mg/kg", "10 mg/kg"], ["IV every 8 weeks"]),
    "oxycodone": ("oxycodone", None, ["5 mg", "10 mg"], ["q4h PRN pain", "q6h PRN"]),
    "acetaminophen": ("acetaminophen", "Tylenol", ["650 mg", "1 g", "500 mg"], ["q6h PRN", "q8h"]),
    "ceftriaxone": ("ceftriaxone", "Rocephin", ["1 g", "2 g"], ["IV daily", "IV q24h"]),
    "azithromycin": ("azithromycin", "Zithromax", ["500 mg", "250 mg"], ["daily"]),
    "enoxaparin": ("enoxaparin", "Lovenox", ["40 mg", "1 mg/kg"], ["SC daily", "SC q12h"]),
    "heparin": ("heparin", None, ["5000 units", "80 units/kg bolus"], ["SC q8h", "IV"]),
    "hydrocortisone": ("hydrocortisone", "Solu-Cortef", ["100 mg", "50 mg"], ["IV q8h", "IV q6h"]),
    "ondansetron": ("ondansetron", "Zofran", ["4 mg", "8 mg"], ["q8h PRN nausea"]),
    "quetiapine": ("quetiapine", "Seroquel", ["25 mg", "50 mg", "300 mg"], ["at bedtime"]),
    "lithium": ("lithium carbonate", None, ["300 mg", "450 mg"], ["BID"]),
    "methotrexate": ("methotrexate", None, ["15 mg", "20 mg"], ["weekly"]),
    "vancomycin": ("vancomycin", None, ["1 g", "1.25 g", "15 mg/kg"], ["IV q12h"]),
    "zosyn": ("piperacillin-tazobactam", "Zosyn", ["4.5 g", "3.375 g"], ["IV q8h", "IV q6h"]),
    "cefepime": ("cefepime", None, ["2 g"], ["IV q8h"]),
    "spironolactone": ("spironolactone", "Aldactone", ["12.5 mg", "25 mg"], ["daily"]),
    "entresto": ("sacubitril-valsartan", "Entresto", ["24/26 mg", "49/51 mg"], ["BID"]),
    "kcl": ("potassium chloride", "Klor-Con", ["20 mEq", "40 mEq"], ["daily", "PO x1"]),
    "doxycycline": ("doxycycline", None, ["100 mg"], ["BID"]),
    "nitrofurantoin": ("nitrofurantoin", "Macrobid", ["100 mg"], ["BID"]),
    "augmentin": ("amoxicillin-clavulanate", "Augmentin", ["875 mg"], ["BID"]),
    "ferrous": ("ferrous sulfate", None, ["325 mg"], ["daily", "every other day"]),
    "vitd": ("cholecalciferol", None, ["1000 IU", "2000 IU"], ["daily"]),
    "melatonin": ("melatonin", None, ["3 mg", "5 mg"], ["at bedtime"]),
    "tramadol": ("tramadol", "Ultram", ["50 mg"], ["q6h PRN"]),
    "alendronate": ("alendronate", "Fosamax", ["70 mg"], ["weekly"]),
    "levetiracetam": ("levetiracetam", "Keppra", ["500 mg", "750 mg"], ["BID"]),
    "mirtazapine": ("mirtazapine", "Remeron", ["7.5 mg", "15 mg"], ["at bedtime"]),
    "diltiazem": ("diltiazem", "Cardizem", ["10 mg IV", "120 mg ER"], ["x1", "daily"]),
    "methimazole": ("methimazole", "Tapazole", ["10 mg", "20 mg"], ["daily"]),
    "cefazolin": ("cefazolin", "Ancef", ["2 g"], ["IV x1 preop", "IV q8h"]),
    "lorazepam": ("lorazepam", "Ativan", ["0.5 mg", "1 mg"], ["q6h PRN anxiety", "x1"]),
    "haloperidol": ("haloperidol", "Haldol", ["0.5 mg", "2 mg"], ["IV PRN agitation", "IM x1"]),
    "morphine": ("morphine", None, ["2 mg IV", "15 mg ER"], ["q4h PRN", "q12h"]),
    "oxytocin": ("oxytocin", "Pitocin", ["2 milliunits/min"], ["IV titrated"]),
    "misoprostol": ("misoprostol", "Cytotec", ["25 mcg"], ["vaginally q4h"]),
    "tdap": ("Tdap", "Boostrix", ["0.5 mL"], ["IM x1"]),
    "dexamethasone": ("dexamethasone", "Decadron", ["4 mg", "10 mg"], ["IV q6h", "IV x1"]),
    "cyclobenzaprine": ("cyclobenzaprine", "Flexeril", ["5 mg", "10 mg"], ["TID PRN spasm"]),
    "ibuprofen": ("ibuprofen", "Motrin", ["400 mg", "600 mg", "800 mg"], ["q8h PRN", "TID with food"]),
    "naloxone": ("naloxone", "Narcan", ["4 mg nasal spray"], ["PRN"]),
    "buprenorphine": ("buprenorphine-naloxone", "Suboxone", ["8/2 mg", "16/4 mg"], ["SL daily"]),
    "nicotine": ("nicotine patch", None, ["21 mg/24 hr", "14 mg/24 hr"], ["daily"]),
}


def med(c: Ctx, key: str, style: str | None = None) -> list:
    """One medication line as parts: drug (+brand) + dose (+frequency)."""
    generic, brand, doses, freqs = MEDS[key]
    dose = c.ch(doses)
    freq = c.ch(freqs)
    style = style or c.ch(("g", "g", "G", "gb", "b", "gdf", "tight"))
    if brand is None and style in ("b", "gb"):
        style = "g"
    cap = generic[0].upper() + generic[1:]
    if style == "g":
        oral = not any(x in (dose + " " + freq) for x in ("IV", "SC", "IM", "inhaled", "puff", "nebul", "vaginal", "units/kg", "mg/kg"))
        return [K("DRUG", generic), " ", K("DOSE", dose), " " + ("PO " if oral and c.chance(0.4) else "") + freq]
    if style == "G":
        return [K("DRUG", cap), " ", K("DOSE", dose), " " + freq]
    if style == "gb":
        return [K("DRUG", generic), " (", K("DRUG", brand), ") ", K("DOSE", dose), " " + freq]
    if style == "b":
        return [K("DRUG", brand), " ", K("DOSE", dose), " " + freq]
    if style == "gdf":  # dose and frequency as one term: "20 mg daily"
        return [K("DRUG", generic), " ", K("DOSE", f"{dose} {freq}")]
    # tight: "atorvastatin 40mg qd"
    short = {"daily": "qd", "BID": "bid", "TID": "tid", "at bedtime": "qhs", "twice daily": "bid"}.get(freq, freq)
    return [K("DRUG", generic), " ", K("DOSE", dose.replace(" mg", "mg").replace(" mcg", "mcg") + " " + short)]


def med_lines(c: Ctx, keys, bullet: str | None = None, style: str | None = None) -> list:
    bullet = bullet if bullet is not None else c.ch(("- ", "* ", "", "  "))
    out = []
    numbered = bullet == "" and c.chance(0.5)
    for i, k in enumerate(keys):
        out += [f"{i + 1}. " if numbered else bullet, med(c, k, style), "\n"]
    return out


# =========================================================================== labs and vitals

# key: (names, low, high, decimals, unit, joiner)
LABS = {
    "a1c": (["HbA1c", "A1c", "Hemoglobin A1c"], 5.4, 12.8, 1, "%", ""),
    "hgb": (["Hgb", "Hemoglobin", "Hb"], 6.8, 16.2, 1, " g/dL", ""),
    "wbc": (["WBC", "WBC count"], 2.1, 24.0, 1, " K/uL", ""),
    "plt": (["Plt", "Platelets"], 45, 480, 0, " K/uL", ""),
    "na": (["Na", "Sodium"], 121, 146, 0, "", ""),
    "k": (["K", "Potassium"], 2.9, 5.9, 1, "", ""),
    "cr": (["Cr", "Creatinine", "creatinine"], 0.6, 4.2, 2, " mg/dL", ""),
    "bun": (["BUN"], 8, 78, 0, "", ""),
    "glu": (["glucose", "Glucose", "BG"], 62, 540, 0, " mg/dL", ""),
    "trop": (["troponin I", "Troponin I", "hs-troponin"], 0.04, 8.5, 2, " ng/mL", ""),
    "bnp": (["BNP", "NT-proBNP"], 120, 9800, 0, " pg/mL", ""),
    "lactate": (["lactate", "Lactate"], 0.8, 6.5, 1, " mmol/L", ""),
    "inr": (["INR"], 0.9, 4.8, 1, "", ""),
    "tsh": (["TSH"], 0.01, 12.0, 2, " mIU/L", ""),
    "ldl": (["LDL", "LDL-C"], 48, 210, 0, " mg/dL", ""),
    "egfr": (["eGFR"], 14, 110, 0, " mL/min/1.73m2", ""),
    "pct": (["procalcitonin", "Procalcitonin"], 0.05, 12.0, 2, " ng/mL", ""),
    "ddimer": (["D-dimer"], 0.3, 9.8, 1, " mcg/mL FEU", ""),
    "crp": (["CRP"], 2, 240, 0, " mg/L", ""),
    "esr": (["ESR"], 5, 110, 0, " mm/hr", ""),
    "psa": (["PSA"], 0.4, 38.0, 1, " ng/mL", ""),
    "alb": (["albumin", "Albumin"], 1.9, 4.8, 1, " g/dL", ""),
    "tbili": (["total bilirubin", "T bili", "Tbili"], 0.3, 14.0, 1, " mg/dL", ""),
    "ast": (["AST"], 12, 480, 0, " U/L", ""),
    "alt": (["ALT"], 9, 520, 0, " U/L", ""),
    "lipase": (["lipase", "Lipase"], 18, 2400, 0, " U/L", ""),
    "ag": (["anion gap", "AG"], 8, 31, 0, "", ""),
    "bhb": (["beta-hydroxybutyrate", "BHB"], 0.2, 8.4, 1, " mmol/L", ""),
    "ca199": (["CA 19-9"], 12, 2400, 0, " U/mL", ""),
    "cea": (["CEA"], 0.8, 64.0, 1, " ng/mL", ""),
    "ferritin": (["ferritin", "Ferritin"], 4, 1200, 0, " ng/mL", ""),
    "anc": (["ANC"], 100, 7800, 0, "", ""),
    "calpro": (["fecal calprotectin"], 40, 1800, 0, " mcg/g", ""),
    "ph": (["pH"], 7.08, 7.49, 2, "", ""),
    "pco2": (["pCO2"], 28, 82, 0, " mmHg", ""),
    "li": (["lithium level", "Li level"], 0.3, 1.9, 1, " mEq/L", ""),
    "cortisol": (["AM cortisol", "late-night salivary cortisol"], 0.1, 38.0, 2, " mcg/dL", ""),
    "mg": (["Mg", "Magnesium"], 1.1, 2.6, 1, "", ""),
    "hcg": (["beta-hCG", "serum hCG"], 2, 98000, 0, " mIU/mL", ""),
    "vitd": (["25-OH vitamin D"], 6, 68, 0, " ng/mL", ""),
}


def lab(c: Ctx, key: str, sep: str | None = None) -> K:
    names, lo, hi, nd, unit, _ = LABS[key]
    name = c.ch(names)
    val = f"{c.r.uniform(lo, hi):.{nd}f}"
    sep = sep if sep is not None else c.ch((" ", " ", " ", ": ", " of "))
    if c.chance(0.25) and unit.startswith(" "):
        unit = ""
    return K("LAB", f"{name}{sep}{val}{unit}")


def labs_line(c: Ctx, keys, sep: str = ", ") -> list:
    return join([lab(c, k) for k in keys], sep)


def vitals(c: Ctx, old: bool = False, sick: bool = False) -> list:
    tf = c.chance(0.5)
    t = f"{c.r.uniform(97.0, 102.8 if sick else 99.5):.1f} F" if tf else f"{c.r.uniform(36.2, 39.4 if sick else 37.5):.1f} C"
    sbp = c.ri(88 if sick else 104, 182)
    dbp = c.ri(48, min(108, sbp - 25))
    hr = c.ri(56, 134 if sick else 96)
    rr = c.ri(12, 30 if sick else 20)
    sat = c.ri(84 if sick else 92, 100)
    style = c.pick("short", "colon", "long")
    if style == "short":
        items = [K("MEASUREMENT", f"T {t}"), K("MEASUREMENT", f"BP {sbp}/{dbp}"), K("MEASUREMENT", f"HR {hr}"),
                 K("MEASUREMENT", f"RR {rr}"), [K("MEASUREMENT", f"SpO2 {sat}%"), c.pick(" on RA", " on 2L NC", "")]]
        return join(items, c.pick(", ", "  ", " | "))
    if style == "colon":
        items = [K("MEASUREMENT", f"Temp: {t}"), K("MEASUREMENT", f"BP: {sbp}/{dbp} mmHg"),
                 K("MEASUREMENT", f"Pulse: {hr}"), K("MEASUREMENT", f"Resp: {rr}"),
                 K("MEASUREMENT", f"SpO2: {sat}%")]
        return join(items, "  ")
    return ["temperature ", K("MEASUREMENT", t), ", blood pressure ", K("MEASUREMENT", f"{sbp}/{dbp} mmHg"),
            ", ", K("MEASUREMENT", f"heart rate {hr} bpm"), ", ", K("MEASUREMENT", f"respiratory rate {rr}"),
            ", oxygen saturation ", K("MEASUREMENT", f"{sat}%"), c.pick(" on room air", " on 3 L nasal cannula")]


# =========================================================================== clinical scenarios

def _sc_pneumonia(c: Ctx) -> dict:
    lobe = c.pick("right lower lobe", "left lower lobe", "right middle lobe", "lingula")
    d = c.ri(2, 7)
    return dict(
        cc="cough and fever",
        hpi=[f"{d} days of productive cough with ⟦fi|{c.pick('purulent sputum', 'green sputum', 'rust-colored sputum')}⟧, "
             "subjective fevers and ⟦fi|pleuritic chest pain⟧. ",
             c.pick("Denies hemoptysis. ", "Reports rigors overnight. ", "Wife noted confusion this morning. ")],
        pmh=["⟦fi|hypertension⟧", "⟦fi|type 2 diabetes mellitus⟧", "⟦fi|hyperlipidemia⟧"],
        home=["lisinopril", "metformin", "atorvastatin"],
        exam=[f"Crackles over the ⟦an|{lobe}⟧, decreased breath sounds at the base. No ⟦fi|JVD⟧."],
        labs=["wbc", "pct", "lactate", "cr", "na"],
        imaging=[f"Chest X-ray: ⟦fi|consolidation⟧ of the ⟦an|{lobe}⟧ with a small ⟦fi|parapneumonic effusion⟧."],
        dx=[[f"⟦fi|Community-acquired pneumonia⟧, ⟦an|{lobe}⟧"], [K("MEASUREMENT", f"CURB-65 {c.ri(1, 3)}")]],
        inpt=["ceftriaxone", "azithromycin"],
        plan=["Blood and sputum cultures, ⟦lab|Legionella urine antigen⟧ pending.",
              "Incentive spirometry; wean O2 to keep ⟦me|SpO2 > 92%⟧."],
        dc=["augmentin", "azithromycin"],
        proc=None,
        short="pneumonia",
    )


def _sc_chf(c: Ctx) -> dict:
    ef = c.ch(("20-25%", "25-30%", "30%", "35%", "35-40%"))
    return dict(
        cc="shortness of breath and leg swelling",
        hpi=[f"Progressive ⟦fi|dyspnea on exertion⟧ over {c.ri(1, 3)} weeks, ⟦fi|orthopnea⟧ (now sleeps on {c.ri(2, 4)} pillows), "
             f"and ⟦fi|bilateral lower extremity edema⟧. Weight up {c.ri(3, 9)} kg. Admits to dietary indiscretion. "],
        pmh=["⟦fi|heart failure with reduced ejection fraction⟧", "⟦fi|atrial fibrillation⟧", "⟦fi|CKD stage 3a⟧"],
        home=["entresto", "metoprolol_s", "spironolactone", "furosemide", "apixaban"],
        exam=["JVP to the angle of the jaw, ⟦fi|bibasilar crackles⟧, 2+ ⟦fi|pitting edema⟧ to the knees."],
        labs=["bnp", "cr", "k", "na", "trop"],
        imaging=["TTE: ", K("MEASUREMENT", f"LVEF {ef}"), ", ⟦fi|global hypokinesis⟧, moderate ⟦fi|mitral regurgitation⟧. "
                 "CXR with ⟦fi|pulmonary vascular congestion⟧ and small ⟦fi|bilateral pleural effusions⟧."],
        dx=[["⟦fi|Acute on chronic systolic heart failure⟧"], ["⟦fi|Volume overload⟧"]],
        inpt=["furosemide", "kcl"],
        plan=["IV diuresis, goal net negative 1-2 L/day, strict I/O, daily weights.",
              "Low sodium diet ⟦me|2 g⟧, fluid restriction ⟦me|1.5 L⟧."],
        dc=["entresto", "metoprolol_s", "furosemide", "empagliflozin"],
        proc=None,
        short="CHF exacerbation",
    )


def _sc_dka(c: Ctx) -> dict:
    return dict(
        cc="nausea, vomiting, abdominal pain",
        hpi=[f"{c.ri(1, 4)} days of polyuria, polydipsia and vomiting. Ran out of insulin last week. "],
        pmh=["⟦fi|type 2 diabetes mellitus⟧, insulin-requiring", "⟦fi|obesity⟧", "⟦fi|depression⟧"],
        home=["glargine", "metformin", "sertraline"],
        exam=["Dry mucous membranes, ⟦fi|Kussmaul respirations⟧, diffuse abdominal tenderness without guarding."],
        labs=["glu", "ag", "bhb", "k", "a1c", "ph"],
        imaging=["CXR without acute process."],
        dx=[["⟦fi|Diabetic ketoacidosis⟧"], ["⟦fi|Type 2 diabetes mellitus⟧ with hyperglycemia"]],
        inpt=["kcl", "ondansetron"],
        plan=["⟦dr|Insulin⟧ infusion per DKA protocol, q1h glucose checks, BMP q4h.",
              "Transition to ⟦dr|insulin glargine⟧ when gap closed x2."],
        dc=["glargine", "lispro", "metformin", "empagliflozin"],
        proc=None,
        short="DKA",
    )


def _sc_copd(c: Ctx) -> dict:
    return dict(
        cc="wheezing and worsening dyspnea",
        hpi=[f"Known ⟦fi|COPD⟧ (GOLD ⟦me|FEV1 {c.ri(28, 55)}%⟧ predicted), {c.ri(30, 80)} pack-year history, "
             "with 4 days of increased sputum and wheeze after a viral illness. "],
        pmh=["⟦fi|COPD⟧", "⟦fi|chronic hypoxemic respiratory failure⟧ on 2 L home O2", "⟦fi|osteoporosis⟧"],
        home=["tiotropium", "symbicort", "albuterol", "alendronate"],
        exam=["Diffuse expiratory ⟦fi|wheezes⟧, prolonged expiratory phase, accessory muscle use."],
        labs=["wbc", "ph", "pco2", "glu"],
        imaging=["CXR: ⟦fi|hyperinflation⟧, no ⟦fi|focal consolidation⟧."],
        dx=[["⟦fi|Acute exacerbation of COPD⟧"], ["⟦fi|Acute on chronic hypercapnic respiratory failure⟧"]],
        inpt=["prednisone", "azithromycin", "albuterol"],
        plan=["⟦pr|BiPAP⟧ overnight, ⟦dr|ipratropium-albuterol⟧ nebs q4h.",
              "Pulmonary rehab referral; smoking cessation counseling (⟦dr|nicotine patch⟧ offered)."],
        dc=["prednisone", "tiotropium", "symbicort", "albuterol"],
        proc=None,
        short="COPD exacerbation",
    )


def _sc_pe(c: Ctx) -> dict:
    side = c.pick("right", "left")
    return dict(
        cc="sudden shortness of breath",
        hpi=[f"Acute dyspnea and ⟦fi|pleuritic chest pain⟧ {c.ri(1, 3)} days after a long car trip. "
             f"Calf swelling on the {side}. On ⟦dr|oral contraceptives⟧. "],
        pmh=["⟦fi|migraine⟧", "⟦fi|obesity⟧"],
        home=["ibuprofen"],
        exam=[f"Tachycardic, ⟦me|SpO2 {c.ri(86, 93)}%⟧ on RA, {side} calf tender and swollen."],
        labs=["ddimer", "trop", "bnp", "cr"],
        imaging=[f"CTA chest: ⟦fi|acute pulmonary embolism⟧ in the ⟦an|{side} main pulmonary artery⟧ extending into "
                 f"⟦an|{side} lower lobe segmental arteries⟧; RV/LV ratio ⟦me|1.2⟧ suggesting ⟦fi|right heart strain⟧. "
                 f"Duplex: ⟦fi|occlusive DVT⟧ of the ⟦an|{side} popliteal vein⟧."],
        dx=[["⟦fi|Submassive pulmonary embolism⟧"], [f"⟦fi|Deep vein thrombosis⟧, {side} lower extremity"]],
        inpt=["heparin"],
        plan=["⟦dr|Heparin⟧ infusion, PERT consulted; no indication for ⟦pr|thrombolysis⟧ at this time.",
              "Stop ⟦dr|estrogen⟧-containing contraception."],
        dc=["apixaban"],
        proc=None,
        short="PE",
    )


def _sc_stroke(c: Ctx) -> dict:
    side = c.pick("left", "right")
    other = "right" if side == "left" else "left"
    nihss = c.ri(3, 18)
    return dict(
        cc=f"{other}-sided weakness and trouble speaking",
        hpi=[f"Last known well {hhmm(c, 5, 22)}. Found by family with ⟦fi|{other} hemiparesis⟧ and ⟦fi|aphasia⟧. "],
        pmh=["⟦fi|atrial fibrillation⟧ (off anticoagulation)", "⟦fi|hypertension⟧", "⟦fi|hyperlipidemia⟧"],
        home=["metoprolol_s", "atorvastatin", "amlodipine"],
        exam=[K("MEASUREMENT", f"NIHSS {nihss}"), f". {other.capitalize()} facial droop, {other} arm drift, "
              f"⟦ep|Babinski sign⟧ present on the {other}. ⟦ep|Glasgow Coma Scale⟧ {c.ri(11, 15)}."],
        labs=["glu", "inr", "plt", "ldl"],
        imaging=[f"CT head: no ⟦fi|hemorrhage⟧. CTA: ⟦fi|occlusion⟧ of the ⟦an|{side} M1 segment⟧. "
                 f"MRI: ⟦fi|acute infarct⟧ in the ⟦an|{side} MCA territory⟧ involving the ⟦an|{side} basal ganglia⟧."],
        dx=[[f"⟦fi|Acute ischemic stroke⟧, ⟦an|{side} MCA territory⟧"], ["⟦fi|Cardioembolic⟧ etiology likely"]],
        inpt=["aspirin", "atorvastatin"],
        plan=["Received ⟦dr|tenecteplase⟧ ⟦do|0.25 mg/kg⟧ followed by ⟦pr|mechanical thrombectomy⟧ with TICI 2b reperfusion.",
              "Permissive hypertension x24h then ⟦me|BP < 140/90⟧; PT/OT/SLP; ⟦pr|swallow evaluation⟧ before PO."],
        dc=["apixaban", "atorvastatin", "metoprolol_s"],
        proc=["⟦pr|mechanical thrombectomy⟧"],
        short="stroke",
    )


def _sc_parkinson(c: Ctx) -> dict:
    side = c.pick("right", "left")
    return dict(
        cc="fall at home",
        hpi=[f"Long-standing ⟦ep|Parkinson's disease⟧ with ⟦fi|freezing of gait⟧; fell while turning, unable to bear weight on the {side}. "],
        pmh=["⟦ep|Parkinson's disease⟧", "⟦fi|orthostatic hypotension⟧", "⟦fi|REM sleep behavior disorder⟧"],
        home=["sinemet", "melatonin", "vitd"],
        exam=[f"{side.capitalize()} leg shortened and externally rotated. ⟦fi|Resting tremor⟧ and ⟦fi|cogwheel rigidity⟧."],
        labs=["hgb", "na", "cr", "inr"],
        imaging=[f"X-ray: ⟦fi|displaced femoral neck fracture⟧ of the ⟦an|{side} hip⟧ (Garden IV)."],
        dx=[[f"⟦fi|Femoral neck fracture⟧, ⟦an|{side} hip⟧"], ["⟦ep|Parkinson's disease⟧"]],
        inpt=["enoxaparin", "acetaminophen", "sinemet"],
        plan=["Ortho for ⟦pr|hemiarthroplasty⟧; give ⟦dr|carbidopa-levodopa⟧ on time, avoid ⟦dr|haloperidol⟧ and ⟦dr|metoclopramide⟧.",
              "Delirium precautions; PT when cleared."],
        dc=["sinemet", "enoxaparin", "acetaminophen", "vitd"],
        proc=["⟦pr|cemented hemiarthroplasty⟧"],
        short="hip fracture",
    )


def _sc_crohn(c: Ctx) -> dict:
    return dict(
        cc="abdominal pain and diarrhea",
        hpi=[f"⟦ep|Crohn's disease⟧ diagnosed at age {c.ri(16, 30)}, with {c.ri(6, 12)} loose stools daily for two weeks, "
             "cramping ⟦an|right lower quadrant⟧ pain, and a 4 kg weight loss. "],
        pmh=["⟦ep|Crohn's disease⟧ (ileocolonic)", "⟦fi|iron deficiency anemia⟧"],
        home=["mesalamine", "infliximab", "ferrous"],
        exam=["Tender in the ⟦an|right lower quadrant⟧ without rebound."],
        labs=["crp", "calpro", "hgb", "alb"],
        imaging=["CT enterography: ⟦fi|active inflammation⟧ of the ⟦an|terminal ileum⟧ with a ⟦me|6 cm⟧ ⟦fi|stricture⟧; no ⟦fi|abscess⟧."],
        dx=[["⟦ep|Crohn's disease⟧ flare, ⟦an|terminal ileum⟧"]],
        inpt=["hydrocortisone", "enoxaparin"],
        plan=["Stool C. diff and culture; IV steroids; GI to discuss escalation of ⟦dr|infliximab⟧.",
              "⟦pr|Colonoscopy⟧ once improving."],
        dc=["prednisone", "infliximab", "ferrous"],
        proc=["⟦pr|colonoscopy⟧"],
        short="Crohn flare",
    )


def _sc_hodgkin(c: Ctx) -> dict:
    return dict(
        cc="fever after chemotherapy",
        hpi=[f"⟦ep|Hodgkin lymphoma⟧, stage IIB, on ⟦dr|ABVD⟧ cycle {c.ri(2, 6)}, day {c.ri(7, 12)}; fever to ⟦me|38.9 C⟧ at home. "],
        pmh=["⟦ep|Hodgkin lymphoma⟧ (nodular sclerosis)", "⟦fi|asthma⟧"],
        home=["ondansetron", "albuterol"],
        exam=["Port site clean. No mucositis. Small ⟦an|left supraclavicular⟧ node."],
        labs=["anc", "wbc", "hgb", "plt", "lactate"],
        imaging=["PET-CT (interim): ⟦fi|mediastinal lymphadenopathy⟧ with ⟦ep|Deauville⟧ score {c.ri(2, 3)}."],
        dx=[["⟦fi|Febrile neutropenia⟧"], ["⟦ep|Hodgkin lymphoma⟧ on ⟦dr|ABVD⟧"]],
        inpt=["cefepime"],
        plan=["Blood cultures x2 from port and periphery; ⟦dr|cefepime⟧ within 1 hour.",
              "Hold ⟦dr|bleomycin⟧ pending PFTs."],
        dc=["augmentin"],
        proc=None,
        short="neutropenic fever",
    )


def _sc_nstemi(c: Ctx) -> dict:
    vessel = c.pick("proximal LAD", "mid RCA", "left circumflex", "first obtuse marginal")
    return dict(
        cc="chest pressure",
        hpi=[f"Substernal chest pressure radiating to the left arm for {c.ri(1, 6)} hours, with diaphoresis. "],
        pmh=["⟦fi|hypertension⟧", "⟦fi|hyperlipidemia⟧", "⟦fi|tobacco use⟧"],
        home=["lisinopril", "atorvastatin"],
        exam=["Diaphoretic, regular rhythm, no murmur. ⟦ep|Killip class I⟧."],
        labs=["trop", "ldl", "a1c", "cr"],
        imaging=["ECG: ⟦fi|ST depression⟧ in ⟦an|V4-V6⟧. Echo ", K("MEASUREMENT", f"LVEF {c.ri(40, 55)}%"),
                 " with ⟦fi|anterior wall hypokinesis⟧."],
        dx=[["⟦fi|NSTEMI⟧"], [f"⟦fi|Coronary artery disease⟧, ⟦an|{vessel}⟧"]],
        inpt=["aspirin", "heparin", "metoprolol_t"],
        plan=[f"⟦pr|Cardiac catheterization⟧: ⟦fi|90% stenosis⟧ of the ⟦an|{vessel}⟧ treated with a ⟦pr|drug-eluting stent⟧.",
              "DAPT for 12 months; cardiac rehab referral."],
        dc=["aspirin", "ticagrelor", "atorvastatin", "metoprolol_s"],
        proc=["⟦pr|percutaneous coronary intervention⟧"],
        short="NSTEMI",
    )


def _sc_urosepsis(c: Ctx) -> dict:
    side = c.pick("left", "right")
    return dict(
        cc="fever and confusion",
        hpi=["Dysuria and flank pain for 3 days, then fever, rigors and new confusion. "],
        pmh=["⟦fi|benign prostatic hyperplasia⟧", "⟦fi|dementia⟧", "⟦fi|recurrent urinary tract infections⟧"],
        home=["tamsulosin", "donepezil"],
        exam=[f"⟦fi|{side.capitalize()} CVA tenderness⟧, dry mucous membranes, ⟦fi|delirium⟧ (CAM positive)."],
        labs=["wbc", "lactate", "cr", "na"],
        imaging=[f"CT A/P: ⟦fi|mild hydronephrosis⟧ of the ⟦an|{side} kidney⟧ with ⟦fi|perinephric stranding⟧; no ⟦fi|obstructing stone⟧."],
        dx=[["⟦fi|Sepsis⟧ due to ⟦fi|acute pyelonephritis⟧"], ["⟦fi|Acute kidney injury⟧"], ["⟦fi|Toxic metabolic encephalopathy⟧"]],
        inpt=["zosyn", "acetaminophen"],
        plan=["30 mL/kg crystalloid; urine culture grew ⟦fi|E. coli⟧ >100K, narrow per sensitivities.",
              "⟦ep|Foley catheter⟧ for retention, remove when ambulating."],
        dc=["nitrofurantoin", "tamsulosin"],
        proc=None,
        short="urosepsis",
    )


def _sc_pancreas(c: Ctx) -> dict:
    size = c.fl(2.1, 4.4)
    return dict(
        cc="yellow eyes and itching",
        hpi=["Two weeks of ⟦fi|painless jaundice⟧, dark urine, pale stools and a 6 kg weight loss. "],
        pmh=["⟦fi|new-onset diabetes⟧", "⟦fi|GERD⟧"],
        home=["omeprazole", "metformin"],
        exam=["⟦fi|Scleral icterus⟧, ⟦ep|Courvoisier sign⟧ (palpable nontender gallbladder)."],
        labs=["tbili", "alt", "lipase", "ca199", "cea"],
        imaging=["CT pancreas protocol: ", K("MEASUREMENT", f"{size} cm"), " ⟦fi|hypoattenuating mass⟧ in the ⟦an|pancreatic head⟧ with "
                 "⟦fi|biliary and pancreatic ductal dilatation⟧; ⟦an|SMV⟧ abutment <180 degrees."],
        dx=[["⟦fi|Pancreatic adenocarcinoma⟧, borderline resectable"], [K("MEASUREMENT", "TNM T2N1M0")]],
        inpt=["ondansetron"],
        plan=["⟦pr|ERCP⟧ with ⟦pr|biliary stent⟧ placement; ⟦pr|EUS-guided FNA⟧ confirmed ⟦fi|adenocarcinoma⟧.",
              "Tumor board: neoadjuvant ⟦dr|FOLFIRINOX⟧ then ⟦ep|Whipple procedure⟧."],
        dc=["ondansetron", "omeprazole"],
        proc=["⟦pr|ERCP with biliary stent⟧"],
        short="pancreatic mass",
    )


def _sc_cushing(c: Ctx) -> dict:
    return dict(
        cc="weight gain, easy bruising and high blood pressure",
        hpi=["Central weight gain, ⟦fi|proximal muscle weakness⟧ and purple ⟦fi|abdominal striae⟧ over a year. "],
        pmh=["⟦fi|resistant hypertension⟧", "⟦fi|hypokalemia⟧", "⟦fi|prediabetes⟧"],
        home=["amlodipine", "lisinopril", "spironolactone"],
        exam=["⟦fi|Moon facies⟧, ⟦fi|dorsocervical fat pad⟧, violaceous striae."],
        labs=["cortisol", "k", "glu", "a1c"],
        imaging=["CT adrenal: ", K("MEASUREMENT", f"{c.fl(1.8, 3.6)} cm"), " ⟦fi|adrenal adenoma⟧ in the ⟦an|left adrenal gland⟧, "
                 "⟦me|8 HU⟧ on noncontrast."],
        dx=[["ACTH-independent ⟦ep|Cushing syndrome⟧"], ["⟦fi|Left adrenal adenoma⟧"]],
        inpt=["kcl"],
        plan=["⟦pr|Laparoscopic adrenalectomy⟧; perioperative ⟦dr|hydrocortisone⟧ stress dosing.",
              "Screen for ⟦fi|osteoporosis⟧ with ⟦pr|DEXA⟧."],
        dc=["hydrocortisone", "amlodipine"],
        proc=["⟦pr|laparoscopic left adrenalectomy⟧"],
        short="Cushing syndrome",
    )


def _sc_afib(c: Ctx) -> dict:
    return dict(
        cc="palpitations",
        hpi=["Palpitations and lightheadedness since this morning; heart rate in the 140s on a smartwatch. Lost weight, heat intolerance. "],
        pmh=["⟦fi|paroxysmal atrial fibrillation⟧", "⟦fi|hypertension⟧"],
        home=["diltiazem", "aspirin"],
        exam=["Irregularly irregular, ", K("MEASUREMENT", f"HR {c.ri(128, 168)}"), ", fine tremor, ⟦fi|diffuse goiter⟧."],
        labs=["tsh", "k", "mg", "trop"],
        imaging=["ECG: ⟦fi|atrial fibrillation with rapid ventricular response⟧."],
        dx=[["⟦fi|Atrial fibrillation with RVR⟧"], ["⟦fi|Hyperthyroidism⟧, likely ⟦ep|Graves' disease⟧"],
            [K("MEASUREMENT", f"CHA2DS2-VASc {c.ri(2, 5)}")]],
        inpt=["diltiazem", "metoprolol_t"],
        plan=["Rate control; start ⟦dr|methimazole⟧; anticoagulate given stroke risk.",
              "TSH receptor antibodies sent; endocrine follow-up."],
        dc=["apixaban", "metoprolol_s", "methimazole"],
        proc=None,
        short="AF with RVR",
    )


def _sc_nodule(c: Ctx) -> dict:
    lobe = c.pick("right upper lobe", "left upper lobe", "right lower lobe", "left lower lobe")
    mm = c.ri(5, 14)
    return dict(
        cc="abnormal CT",
        hpi=[f"Former smoker ({c.ri(20, 60)} pack-years, quit {c.ri(2, 14)} years ago) referred for a nodule seen on ⟦pr|low-dose CT⟧. "],
        pmh=["⟦fi|COPD⟧", "⟦fi|hypertension⟧"],
        home=["tiotropium", "amlodipine"],
        exam=["Lungs clear. No ⟦fi|clubbing⟧ or lymphadenopathy."],
        labs=["hgb", "cr"],
        imaging=[K("MEASUREMENT", f"{mm} mm"), f" part-solid ⟦fi|ground-glass opacity⟧ in the ⟦an|{lobe}⟧, ",
                 K("MEASUREMENT", c.pick("Lung-RADS 3", "Lung-RADS 4A", "Lung-RADS 4B")), "."],
        dx=[[f"⟦fi|Pulmonary nodule⟧, ⟦an|{lobe}⟧"]],
        inpt=[],
        plan=["⟦pr|PET-CT⟧ and pulmonary function tests; discuss ⟦pr|navigational bronchoscopy⟧ versus ⟦pr|wedge resection⟧."],
        dc=["tiotropium"],
        proc=None,
        short="lung nodule",
    )


def _sc_back(c: Ctx) -> dict:
    lvl = c.pick("L4-5", "L5-S1", "L3-4")
    return dict(
        cc="low back pain radiating down the leg",
        hpi=[f"Low back pain after lifting, now radiating to the {c.pick('left', 'right')} foot with numbness. No saddle anesthesia. "],
        pmh=["⟦fi|obesity⟧", "⟦fi|osteopenia⟧"],
        home=["ibuprofen", "cyclobenzaprine"],
        exam=["Positive straight leg raise at 40 degrees, diminished ankle reflex, ⟦me|EHL strength 4/5⟧."],
        labs=["esr", "crp"],
        imaging=[f"MRI lumbar spine: ⟦fi|disc extrusion⟧ at ⟦an|{lvl}⟧ with ⟦fi|lateral recess stenosis⟧; "
                 f"chronic ⟦fi|compression deformity⟧ of ⟦an|T12⟧ (", K("MEASUREMENT", f"{c.ri(15, 35)}%"), " height loss)."],
        dx=[[f"⟦fi|Lumbar radiculopathy⟧, ⟦an|{lvl}⟧"], ["⟦fi|Disc herniation⟧"]],
        inpt=[],
        plan=["⟦pr|Physical therapy⟧; ⟦pr|transforaminal epidural steroid injection⟧ if no better in 6 weeks.",
              "Return precautions for ⟦fi|cauda equina syndrome⟧."],
        dc=["gabapentin", "ibuprofen"],
        proc=None,
        short="radiculopathy",
    )


def _sc_dementia_uti(c: Ctx) -> dict:
    return dict(
        cc="increased confusion",
        hpi=["More confused than baseline for two days, new incontinence, poor oral intake. "],
        pmh=["⟦ep|Alzheimer's disease⟧", "⟦fi|hypothyroidism⟧", "⟦fi|osteoarthritis⟧"],
        home=["donepezil", "levothyroxine", "acetaminophen"],
        exam=["Oriented to self only. Stage 2 ⟦fi|pressure injury⟧ over the ⟦an|sacrum⟧, ", K("MEASUREMENT", "2 x 3 cm"), "."],
        labs=["wbc", "na", "cr", "tsh"],
        imaging=["UA: large leukocyte esterase, nitrite positive."],
        dx=[["⟦fi|Urinary tract infection⟧"], ["⟦fi|Delirium⟧ superimposed on ⟦ep|Alzheimer's disease⟧"]],
        inpt=["ceftriaxone"],
        plan=["Reorientation, sleep hygiene, avoid ⟦dr|benzodiazepines⟧.",
              K("MEASUREMENT", f"MoCA {c.ri(9, 19)}/30"), f" when last checked; ⟦ep|Braden⟧ score {c.ri(11, 15)}, turn q2h."],
        dc=["nitrofurantoin", "donepezil", "levothyroxine"],
        proc=None,
        short="UTI with delirium",
    )


SCENARIOS = [_sc_pneumonia, _sc_chf, _sc_dka, _sc_copd, _sc_pe, _sc_stroke, _sc_parkinson, _sc_crohn,
             _sc_hodgkin, _sc_nstemi, _sc_urosepsis, _sc_pancreas, _sc_cushing, _sc_afib, _sc_nodule,
             _sc_back, _sc_dementia_uti]
ELDERLY_SCENARIOS = [_sc_pneumonia, _sc_chf, _sc_parkinson, _sc_urosepsis, _sc_dementia_uti, _sc_stroke, _sc_afib]


MIN_AGE = {"_sc_parkinson": 55, "_sc_dementia_uti": 68, "_sc_stroke": 45, "_sc_nstemi": 40, "_sc_chf": 45,
           "_sc_copd": 50, "_sc_pancreas": 45, "_sc_nodule": 50, "_sc_afib": 30, "_sc_urosepsis": 50,
           "_sc_cushing": 25, "_sc_pneumonia": 25}
SPECIALTY = {"pneumonia": "Pulmonary Medicine", "CHF exacerbation": "Cardiology", "DKA": "Endocrinology",
             "COPD exacerbation": "Pulmonary Medicine", "PE": "Pulmonary Medicine", "stroke": "Neurology",
             "hip fracture": "Neurology", "Crohn flare": "Gastroenterology", "neutropenic fever": "Hematology/Oncology",
             "NSTEMI": "Cardiology", "urosepsis": "Infectious Diseases", "pancreatic mass": "Surgical Oncology",
             "Cushing syndrome": "Endocrinology", "AF with RVR": "Cardiology", "lung nodule": "Pulmonary Medicine",
             "radiculopathy": "Spine Surgery", "UTI with delirium": "Geriatric Medicine"}


def fit_age(c: Ctx, e, lo: int) -> None:
    """Make the patient old enough for the scenario (keeps DOB consistent)."""
    if e.age < lo:
        e.age = c.ri(lo, max(lo, 88))
        e.dob = dob_for(c, e.age, e.adm)


def scenario(c: Ctx, pool=None, e=None) -> dict:
    fn = c.ch(pool or SCENARIOS)
    if e is not None:
        fit_age(c, e, MIN_AGE.get(fn.__name__, 0))
    return fn(c)


def bullets(items, bullet="- ") -> list:
    out = []
    for it in items:
        out += [bullet, it, "\n"]
    return out


def numbered(items) -> list:
    out = []
    for i, it in enumerate(items):
        out += [f"{i + 1}. ", it, "\n"]
    return out


# =========================================================================== shared PHI helpers

class Enc:
    """The people, places and numbers one English note is about."""

    def __init__(self, c: Ctx, p_old: float = 0.08, sex: str | None = None, lo: int = 22, hi: int = 88):
        self.pt = person_en(c, sex)
        self.age = pick_age(c, p_old, lo, hi)
        self.city = city_en(c)
        self.adm = rdate(c)
        self.dob = dob_for(c, self.age, self.adm)
        self.mrn = mrn_en(c)
        self.hosp = hospital_en(c, self.city if c.chance(0.7) else None)
        self.att = person_en(c, tricky=0.12)
        self.sex_word = c.pick("male", "man", "M") if self.pt.sex == "M" else c.pick("female", "woman", "F")
        self.sexw = "man" if self.pt.sex == "M" else "woman"


def pt(c: Ctx, e: Enc, *styles) -> P:
    return P("NAME_PATIENT", e.pt.v(c.ch(styles or ("full",))))


def dr(c: Ctx, p: PersonEN, styles=("last", "last", "full", "init", "fml")) -> list:
    return ["Dr. ", P("NAME_CLINICIAN", p.v(c.ch(styles)))]


def clin(c: Ctx, p: PersonEN, cred: str | None = None, styles=("full", "full", "fml", "init")) -> list:
    cred = cred if cred is not None else c.ch(CRED_MD)
    return [P("NAME_CLINICIAN", p.v(c.ch(styles))), (", " + cred) if cred else ""]


def signature(c: Ctx, p: PersonEN, d: dt.date, cred: str | None = None) -> list:
    cred = cred if cred is not None else c.ch(CRED_MD)
    style = c.ri(0, 6)
    nm = P("NAME_CLINICIAN", p.v(c.ch(("full", "fml", "lf", "FULLUP"))))
    t = hhmm(c, 6, 23)
    if style == 0:
        return ["Electronically signed by: ", nm, ", ", cred, " on ", den(c, d), " at ", t]
    if style == 1:
        return ["Electronically signed by ", nm, " ", cred, " ", den(c, d, "mdy"), " ", t]
    if style == 2:
        return ["/s/ ", nm, ", ", cred]
    if style == 3:
        return ["Dictated by: ", nm, ", ", cred, "\nD: ", den(c, d, "mdy"), " ", t, "  T: ", den(c, plus(d, c.ri(0, 1)), "mdy")]
    if style == 4:
        return ["Signed: ", nm, " ", cred, "  ", den(c, d), " ", t]
    if style == 5:
        return ["-- ", nm, ", ", cred]
    return ["Attending: ", nm, ", ", cred, "\nSigned ", den(c, d, "iso"), " ", t]


RELS_F = ["daughter", "wife", "sister", "mother", "niece", "granddaughter", "partner"]
RELS_M = ["son", "husband", "brother", "father", "nephew", "grandson", "partner"]


def relative(c: Ctx, e: Enc, sex: str | None = None, same_last: float = 0.6):
    sex = sex or c.pick("F", "M")
    last = e.pt.last if c.chance(same_last) else None
    r = person_en(c, sex, last=last)
    while r.first == e.pt.first:
        r = person_en(c, sex, last=last)
    rels = RELS_F if sex == "F" else RELS_M
    if e.age < 40:
        rels = [x for x in rels if x not in ("daughter", "son", "granddaughter", "grandson", "niece", "nephew")]
    elif e.age > 70:
        rels = [x for x in rels if x not in ("mother", "father")]
    rel = c.ch(rels)
    return r, rel


def relname(c: Ctx, r: PersonEN, styles=("full", "first", "first", "full", "fml")) -> P:
    return P("NAME_RELATIVE", r.v(c.ch(styles)))


def insurance_block(c: Ctx, sep: str = "\n") -> list:
    plan, mid = insurance_en(c)
    out = ["Insurance: ", plan, sep, c.pick("Member ID: ", "Member #: ", "Subscriber ID: ", "ID#: "), P("INSURANCE", mid)]
    if c.chance(0.5) and not plan.startswith("Medic"):
        out += [sep, c.pick("Group #: ", "Group: ", "Grp No. "), P("INSURANCE", group_no(c))]
    return out


def allergies(c: Ctx) -> str:
    return c.pick("NKDA", "No known drug allergies", "⟦dr|Penicillin⟧ (hives)", "⟦dr|sulfa⟧ (rash)",
                  "⟦dr|codeine⟧ (nausea)", "⟦dr|lisinopril⟧ (angioedema)", "iodinated contrast (hives)")


def pmh_list(c: Ctx, s: dict) -> list:
    return join(s["pmh"], ", ")


# =========================================================================== templates: dev

def t_hp(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.12)
    s = scenario(c, e=e)
    d = Doc()
    pcp = person_en(c)
    d.add("{hosp}\n", hosp=P("HOSPITAL", e.hosp))
    d.add(c.pick("HISTORY AND PHYSICAL\n\n", "ADMISSION H&P\n\n", "Hospital Medicine Admission Note\n\n"))
    d.add("Patient: {n}    MRN: {mrn}    DOB: {dob}\n", n=pt(c, e, "LF", "lf", "full"), mrn=P("MRN", e.mrn),
          dob=den(c, e.dob))
    d.add("Date of admission: {a}    Attending: {att}\n", a=den(c, e.adm), att=clin(c, e.att))
    if c.chance(0.7):
        d.add("PCP: {pcp}, {cl}\n", pcp=dr(c, pcp), cl=P("HOSPITAL", hospital_en(c, e.city, "clinic")))
    d.add("\nCHIEF COMPLAINT: {cc}\n\n", cc=s["cc"].capitalize())
    d.add(c.pick("HISTORY OF PRESENT ILLNESS:\n", "HPI:\n"))
    opener = c.ri(0, 3)
    if opener == 0:
        d.add("{t} {l} is a {a} {sx} with {pmh} who presents with {cc}. ", t=e.pt.title, l=pt(c, e, "last"),
              a=age_en(c, e.age), sx=e.sex_word, pmh=pmh_list(c, s), cc=s["cc"])
    elif opener == 1:
        d.add("{n} is a {a} {sx} with a history of {pmh}, presenting with {cc}. ", n=pt(c, e, "full", "fml"),
              a=age_en(c, e.age), sx=e.sexw, pmh=pmh_list(c, s), cc=s["cc"])
    elif opener == 2:
        d.add("Pt is a {a} {sx} (PMH {pmh}) BIBA from home with {cc}. ", a=age_en(c, e.age), sx=e.pt.sex,
              pmh=pmh_list(c, s), cc=s["cc"])
    else:
        d.add("{n}, {a}, was seen in the ED on {dt} for {cc}. ", n=pt(c, e, "full"), a=age_en(c, e.age, "age {}"),
              dt=den(c, e.adm, c.pick("md", "md_long")), cc=s["cc"])
    d.put(s["hpi"])
    if c.chance(0.7):
        r, rel = relative(c, e)
        d.add("History obtained from the patient and {his} {rel} {rn}{ph}.", his=e.pt.his, rel=rel, rn=relname(c, r),
              ph=[" (", P("PHONE", phone_en(c, e.city.area)), ")"] if c.chance(0.6) else "")
    d.add("\n\nPAST MEDICAL HISTORY:\n{p}", p=bullets(s["pmh"]))
    d.add("\nHOME MEDICATIONS:\n{m}", m=med_lines(c, s["home"]))
    d.add("\nALLERGIES: {a}\n", a=allergies(c))
    d.add("\nSOCIAL HISTORY: ")
    if c.chance(0.6):
        sp = person_en(c, "M" if e.pt.sex == "F" else "F", last=e.pt.last)
        d.add("Lives with {his} {w} {sp} in {city}. ", his=e.pt.his, w="husband" if sp.sex == "M" else "wife",
              sp=relname(c, sp, ("first", "full")), city=P("CITY", e.city.city))
    else:
        d.add("Lives alone in an apartment in {city}. ", city=P("CITY", e.city.city))
    if c.chance(0.45) and e.age < 70:
        d.add("Works as a {job} at {w}. ", job=c.pick("machinist", "bookkeeper", "nurse aide", "warehouse associate",
                                                          "teacher", "line cook", "bus driver"), w=P("WORKPLACE", company_en(c)))
    elif e.age >= 65:
        d.add("Retired {job}. ", job=c.pick("postal worker", "engineer", "teacher", "farmer", "electrician"))
    d.add(c.pick("Former smoker, quit 2009. ", "Never smoker. ", "Smokes 1 ppd. ", "Denies tobacco. "))
    d.add(c.pick("Drinks 2-3 beers on weekends.", "No alcohol or drug use.", "Occasional wine."))
    d.add("\n\nFAMILY HISTORY: {f}\n", f=c.pick("Father with ⟦fi|coronary artery disease⟧ in his 50s.", "Mother with ⟦fi|breast cancer⟧.",
                                                   "Noncontributory.", "Sister with ⟦fi|lupus⟧; mother with ⟦ep|Alzheimer's disease⟧."))
    d.add("\nPHYSICAL EXAM:\nVitals: {v}\n{ex}\n", v=vitals(c, sick=True), ex=s["exam"])
    d.add("\nLABS: {l}\n", l=labs_line(c, s["labs"]))
    d.add("IMAGING: {i}\n", i=s["imaging"])
    d.add("\nASSESSMENT AND PLAN:\n{dx}", dx=numbered(list(s["dx"])))
    d.add("- Start {m}\n", m=join([med(c, k) for k in s["inpt"]], "; ") if s["inpt"] else "supportive care")
    d.put(bullets(s["plan"]))
    if c.chance(0.5):
        r, rel = relative(c, e)
        d.add("Code status: Full code. HCP: {rel} {rn}, {ph}\n", rel=rel, rn=relname(c, r, ("full", "fml")),
              ph=P("PHONE", phone_en(c)))
    else:
        d.add("Code status: {cs}\n", cs=c.pick("Full code", "DNR/DNI (confirmed with patient)"))
    d.add("\n{sig}\n", sig=signature(c, e.att, e.adm))
    return d


def t_discharge(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.12)
    s = scenario(c, e=e)
    d = Doc()
    los = c.ri(2, 11)
    dc = plus(e.adm, los)
    pcp = person_en(c)
    fu = person_en(c)
    d.add("{h}\nDISCHARGE SUMMARY\n\n", h=P("HOSPITAL", e.hosp))
    st = c.ch(("mdy", "long", "iso", "dmy_abbr"))
    d.add("Name: {n}\nMRN: {m}    Account: {a}\n", n=pt(c, e, "LF", "LFM", "full"), m=P("MRN", e.mrn), a=P("ACCOUNT", acct_en(c)))
    d.add("DOB: {dob}    Age: {age}\n", dob=den(c, e.dob), age=[P("AGE_OVER_89", str(e.age)) if e.age > 89 else str(e.age)])
    d.add("Admission Date: {a}\nDischarge Date: {b}\n", a=den(c, e.adm, st), b=den(c, dc, st))
    d.add("Attending Physician: {att}\nDischarging Resident: {res}\n", att=clin(c, e.att, "MD"),
          res=clin(c, person_en(c), "MD"))
    d.add("Primary Care: {p}\n\n", p=dr(c, pcp))
    d.add("PRINCIPAL DIAGNOSIS: {dx}\nSECONDARY DIAGNOSES:\n{sec}\n", dx=s["dx"][0], sec=bullets(s["dx"][1:] + s["pmh"][:2]))
    if s["proc"]:
        d.add("PROCEDURES: {p} on {dd}\n", p=s["proc"], dd=den(c, plus(e.adm, c.ri(0, los - 1)), st))
    d.add("\nHOSPITAL COURSE:\n")
    d.add("{n} is a {a} {sx} admitted with {cc}. ", n=pt(c, e, "full", "last"), a=age_en(c, e.age), sx=e.sexw, cc=s["short"])
    d.put(s["hpi"])
    d.add("{im} ", im=s["imaging"])
    d.add("Treated with {m}. ", m=join([med(c, k, "g") for k in s["inpt"]], " and ") if s["inpt"] else "supportive care")
    d.put(join(s["plan"], " "))
    if c.chance(0.35):
        d.add(" Pathology ({acc}) returned on {dd}.", acc=P("ACCESSION", path_accession(c)), dd=den(c, plus(e.adm, los - 1), "md"))
    if s["short"] in ("hip fracture", "NSTEMI") and c.chance(0.7):
        d.add(" Implant ({k}) serial number {sn} recorded in the implant log.", k="hemiarthroplasty stem" if s["short"] == "hip fracture" else "coronary stent",
              sn=P("DEVICE", device_serial(c)))
    d.add("\nOn hospital day {n}, {he} was afebrile, ambulating, and tolerating diet. Discharge labs: {l}.\n",
          n=los, he=e.pt.he, l=labs_line(c, s["labs"][:3]))
    d.add("\nDISCHARGE MEDICATIONS:\n{m}", m=med_lines(c, s["dc"], bullet=""))
    dp = c.pick("Home", "Home with home health", "SNF", "Acute rehab") if e.age >= 65 else c.pick("Home", "Home with home health")
    if dp == "SNF":
        d.add("\nDISPOSITION: Skilled nursing facility ({f})\n", f=P("HOSPITAL", hospital_en(c, e.city, "snf")))
    else:
        d.add("\nDISPOSITION: {dp}\n", dp=dp)
    d.add("FOLLOW-UP: {who} in {wk} ({ph}); PCP {pcp} within 1 week.\n",
          who=dr(c, fu), wk=c.pick("1 week", "2 weeks", "10 days"), ph=P("PHONE", phone_en(c, e.city.area)), pcp=dr(c, pcp, ("last",)))
    if c.chance(0.5):
        d.add("Appointment: {dd} at {t} with {doc}.\n", dd=den(c, plus(dc, c.ri(5, 20))), t=hhmm(c, 8, 16), doc=dr(c, fu, ("last",)))
    if c.chance(0.45):
        d.add("cc: {p} (fax {fx})\n", p=dr(c, pcp, ("full", "last")), fx=P("FAX", phone_en(c, e.city.area)))
    if c.chance(0.4):
        plan, mid = insurance_en(c)
        d.add("Insurance on file: {pl}, ID {mid}\n", pl=plan, mid=P("INSURANCE", mid))
    d.add("\n{sig}\n", sig=signature(c, e.att, dc))
    return d


def t_ed(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.06, lo=18, hi=80)
    d = Doc()
    arr = hhmm(c, 0, 23)
    tourist = c.chance(0.25)
    d.add("{h} EMERGENCY DEPARTMENT\nED PROVIDER NOTE\n", h=P("HOSPITAL", e.hosp))
    d.add("Pt: {n}   MRN {m}   FIN {f}\n", n=pt(c, e, "LF", "FULLUP"), m=P("MRN", e.mrn), f=P("ACCOUNT", acct_en(c)))
    d.add("Arrival: {dd} {t} by {how}\n\n", dd=den(c, e.adm, c.pick("mdy", "mdyy", "iso")), t=arr,
          how=c.pick("EMS", "private vehicle", "walk-in", "police"))
    mvc = c.chance(0.8)
    if mvc:
        side = c.pick("driver", "front passenger")
        d.add("HPI: {a} {sx} {side} in a {sp} mph MVC, restrained, + airbag deployment. ",
              a=age_en(c, e.age), sx=e.pt.sex, side=side, sp=c.ri(25, 65))
        veh = c.pick("2014 Honda Civic", "2019 Ford F-150", "2011 Toyota Camry", "2021 Tesla Model 3", "2008 Chevy Malibu")
        st = e.city.state
        if c.chance(0.5):
            d.add("Per police, patient's vehicle ({v}, {st} plate {pl}) was T-boned at an intersection",
                  v=veh, st=st, pl=P("VEHICLE", plate_en(c, st)))
        else:
            d.add("Vehicle: {v}, VIN {vn}, towed from scene", v=veh, vn=P("VEHICLE", vin(c)))
        if c.chance(0.4):
            d.add("; other vehicle plate {pl}", pl=P("VEHICLE", plate_en(c, st)))
        d.add(". Complains of ⟦fi|neck pain⟧ and ⟦fi|left chest wall pain⟧. ")
        dx = ["⟦fi|Left 5th and 6th rib fractures⟧", "⟦fi|Cervical strain⟧"]
        img = ("CT C-spine: no ⟦fi|fracture⟧. CT chest: nondisplaced ⟦fi|rib fractures⟧ of ⟦an|left ribs 5-6⟧, "
               "no ⟦fi|pneumothorax⟧. FAST negative.")
        meds = ["acetaminophen", "oxycodone", "ibuprofen"]
    else:
        s = scenario(c, [_sc_pe, _sc_afib, _sc_nstemi, _sc_dka, _sc_pneumonia], e=e)
        d.add("HPI: {a} {sx} with {cc}. ", a=age_en(c, e.age), sx=e.pt.sex, cc=s["cc"])
        d.put(s["hpi"])
        dx = s["dx"]
        img = s["imaging"]
        meds = s["inpt"] or ["acetaminophen"]
    if tourist:
        d.add("Visiting from {ctry}; passport {pp} used for registration. ", ctry=c.pick("Canada", "Germany", "Mexico", "Japan", "the UK"),
              pp=P("PASSPORT", passport_en(c)))
    if c.chance(0.4):
        r, rel = relative(c, e)
        d.add("{Rel} {rn} at bedside.", Rel=rel.capitalize(), rn=relname(c, r))
    d.add("\n\nROS: otherwise negative.\nPMH: {p}\nMeds: {m}\nAllergies: {a}\n",
          p=c.pick("none", "⟦fi|HTN⟧, ⟦fi|asthma⟧", "⟦fi|hypothyroidism⟧"), m=c.pick("none", ["⟦dr|levothyroxine⟧ ⟦do|75 mcg⟧ daily"]),
          a=allergies(c))
    d.add("\nEXAM: {v}\n{ex}\n", v=vitals(c), ex=c.pick("GCS 15. ⟦fi|Seatbelt sign⟧ absent. Midline C-spine tenderness absent.",
                                                        "Alert, anxious. Chest wall tender on the left. Abdomen soft.",
                                                        "No acute distress. Lungs clear. ⟦ep|Glasgow Coma Scale⟧ 15."))
    d.add("\nRESULTS: {im}\n", im=img)
    d.add("\nED COURSE: Given {m}. ", m=join([med(c, k, "g") for k in meds[:2]], ", "))
    d.add("Reassessed at {t}, pain improved.\n", t=hhmm(c))
    d.add("\nIMPRESSION:\n{dx}", dx=numbered(dx))
    d.add("\nDISPOSITION: {dp}. Return precautions given. Follow up with {pcp} at {cl}.\n",
          dp=c.pick("Discharged home", "Admitted to trauma service", "Admitted to medicine", "Observation"),
          pcp=dr(c, person_en(c)), cl=P("HOSPITAL", hospital_en(c, e.city, "clinic")))
    d.add("\n{sig}\n", sig=signature(c, e.att, e.adm))
    return d


def t_ct_chest(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.12, lo=50, hi=86)
    d = Doc()
    s = _sc_nodule(c) if c.chance(0.6) else _sc_pe(c)
    exam_d = e.adm
    prior = plus(exam_d, -c.ri(90, 900))
    d.add("{h}  DEPARTMENT OF RADIOLOGY\n\n", h=P("HOSPITAL", e.hosp))
    d.add("PATIENT: {n}\nMRN: {m}   DOB: {dob}   AGE/SEX: {age}{sx}\n", n=pt(c, e, "LF", "LFM"), m=P("MRN", e.mrn), dob=den(c, e.dob),
          age=[P("AGE_OVER_89", f"{e.age}Y") if e.age > 89 else f"{e.age}Y", "/"], sx=e.pt.sex)
    d.add("ACCESSION: {a}   VISIT: {v}\n", a=P("ACCESSION", accession_en(c, "CT")), v=P("ACCOUNT", acct_en(c)))
    d.add("EXAM: {ex}\nDATE OF SERVICE: {dd} {t}\nORDERING: {o}\n\n",
          ex=c.pick("CT CHEST WITHOUT CONTRAST (LOW DOSE LUNG SCREENING)", "CT CHEST WITH CONTRAST", "CTA CHEST PE PROTOCOL"),
          dd=den(c, exam_d), t=hhmm(c), o=clin(c, person_en(c), c.pick("MD", "NP", "DO")))
    d.add("CLINICAL HISTORY: {h}\n\n", h=s["hpi"])
    d.add("TECHNIQUE: Axial images of the chest were obtained. DLP {dlp} mGy-cm.\n\n", dlp=c.ri(60, 480))
    d.add("COMPARISON: {cmp}\n\n", cmp=c.pick(["CT chest ", den(c, prior), "."], ["Outside CT from ", P("HOSPITAL", hospital_en(c)),
                                                                                    " dated ", den(c, prior), "."], "None."))
    d.add("FINDINGS:\nLungs: {im}\n", im=s["imaging"])
    d.add("Mediastinum: No ⟦fi|lymphadenopathy⟧. Heart size normal. ⟦fi|Coronary artery calcifications⟧.\n")
    d.add("Upper abdomen: ⟦fi|Hepatic steatosis⟧. {x}\n", x=c.pick("Small ⟦fi|hiatal hernia⟧.", "Left ⟦fi|adrenal nodule⟧ ⟦me|1.1 cm⟧.", ""))
    d.add("Bones: Degenerative changes of the thoracic spine; ⟦fi|Schmorl node⟧ at ⟦an|T8⟧.\n\n")
    d.add("IMPRESSION:\n1. {dx}\n", dx=s["dx"][0])
    d.add("2. {r}\n\n", r=c.pick("Recommend 6-month follow-up low-dose CT.", "Recommend ⟦pr|PET-CT⟧.", "Findings discussed with the ordering provider."))
    if c.chance(0.5):
        d.add("Critical result communicated to {who} by telephone at {t} on {dd} by {me}.\n",
              who=dr(c, person_en(c)), t=hhmm(c), dd=den(c, exam_d, "md"), me=dr(c, e.att, ("last",)))
    d.add("\nDictated by: {r}\nSigned: {dd}\n", r=clin(c, e.att, "MD"), dd=den(c, exam_d))
    return d


def t_pathology(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.05, lo=40, hi=85)
    d = Doc()
    acc = path_accession(c)
    coll = e.adm
    rec = plus(coll, c.ri(0, 1))
    signed_d = plus(rec, c.ri(2, 6))
    kind = c.pick("prostate", "breast", "colon", "lung")
    d.add("SURGICAL PATHOLOGY REPORT\n{h}\n\n", h=P("HOSPITAL", e.hosp))
    d.add("Accession #: {a}\nPatient: {n}   MRN: {m}\nDOB: {dob}  Sex: {sx}\n", a=P("ACCESSION", acc),
          n=pt(c, e, "LF", "LFM"), m=P("MRN", e.mrn), dob=den(c, e.dob, "mdy"), sx=e.pt.sex)
    d.add("Collected: {a}   Received: {b}\nSubmitting physician: {p}\n\n", a=den(c, coll, "mdy"), b=den(c, rec, "mdy"),
          p=clin(c, person_en(c), "MD", ("lf", "full")))
    if kind == "prostate" and e.pt.sex == "F":
        kind = "breast"
    if kind == "breast" and e.pt.sex == "M":
        kind = "colon"
    d.add("SPECIMEN: {sp}\n\n", sp={"prostate": "A-L. Prostate, 12-core ⟦pr|needle biopsy⟧",
                                   "breast": "A. ⟦an|Left breast⟧, 2:00, ⟦pr|ultrasound-guided core biopsy⟧",
                                   "colon": "A. ⟦an|Sigmoid colon⟧, ⟦pr|laparoscopic sigmoidectomy⟧",
                                   "lung": "A. ⟦an|Right upper lobe⟧, ⟦pr|wedge resection⟧"}[kind])
    d.add("GROSS DESCRIPTION:\nReceived in formalin labeled with the patient's name, \"{n}\", and medical record number {m}. ",
          n=pt(c, e, "FULLUP", "full"), m=P("MRN", e.mrn))
    d.add("{g}\n\n", g={"prostate": "Twelve cores, each ⟦me|1.2 cm⟧ in length, entirely submitted.",
                        "breast": "Three cores of tan-white tissue measuring ⟦me|1.5 cm⟧ in aggregate.",
                        "colon": "A segment of colon ⟦me|18 cm⟧ in length with a ⟦me|3.4 cm⟧ ulcerated mass.",
                        "lung": "A wedge of lung ⟦me|6.2 x 3.1 x 1.5 cm⟧ with a ⟦me|1.1 cm⟧ subpleural nodule."}[kind])
    d.add("DIAGNOSIS:\n")
    if kind == "prostate":
        g1, g2 = c.pick((3, 3), (3, 4), (4, 3), (4, 4))
        d.add("⟦fi|Prostatic adenocarcinoma⟧, ⟦ep|Gleason score⟧ {gs} (Grade Group {gg}), involving {n}/12 cores; "
              "⟦fi|perineural invasion⟧ {pni}.\n", gs=K("MEASUREMENT", f"{g1}+{g2}={g1 + g2}"),
              gg={(3, 3): 1, (3, 4): 2, (4, 3): 3, (4, 4): 4}[(g1, g2)], n=c.ri(2, 9), pni=c.pick("present", "not identified"))
    elif kind == "breast":
        d.add("⟦fi|Invasive ductal carcinoma⟧, Nottingham grade {g}; ⟦fi|ductal carcinoma in situ⟧ present. "
              "ER {er}, PR {pr}, ⟦lab|HER2 1+⟧.\n", g=c.ri(1, 3), er=K("LAB", f"ER {c.ri(60, 100)}%"), pr=K("LAB", f"PR {c.ri(0, 90)}%"))
    elif kind == "colon":
        d.add("⟦fi|Adenocarcinoma⟧, moderately differentiated, invading into ⟦an|pericolorectal fat⟧; "
              "{ln} of {tot} ⟦an|lymph nodes⟧ positive. {tnm}. Margins negative.\n", ln=c.ri(0, 4), tot=c.ri(14, 28),
              tnm=K("MEASUREMENT", c.pick("pT3N1aM0", "pT3N0", "pT2N0", "pT4aN2a")))
    else:
        d.add("⟦fi|Invasive adenocarcinoma⟧, lepidic predominant, ⟦me|1.1 cm⟧; ⟦fi|visceral pleural invasion⟧ absent. {tnm}.\n",
              tnm=K("MEASUREMENT", "pT1bN0"))
    if c.chance(0.5):
        d.add("\nCOMMENT: Reviewed in intradepartmental consultation with {p}, who concurs.", p=dr(c, person_en(c)))
        if c.chance(0.4):
            d.add(" Prior biopsy {pa} reviewed.", pa=P("ACCESSION", path_accession(c)))
        d.add("\n")
    d.add("\nElectronically signed out by {p}, MD, Pathologist, {dd}\n", p=P("NAME_CLINICIAN", e.att.v(c.ch(("full", "fml")))),
          dd=den(c, signed_d))
    if c.chance(0.35):
        d.add("CLIA# 05D{cl}   Lab director: {p}\n", cl=c.digits(7, False), p=clin(c, person_en(c), "MD"))
    return d


def t_referral(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.05)
    s = scenario(c, e=e)
    d = Doc()
    me = person_en(c)
    to = person_en(c)
    clinic = hospital_en(c, e.city, "clinic")
    d.add("{cl}\n{addr}\nPhone {ph}  |  Fax {fx}\n\n", cl=P("HOSPITAL", clinic), addr=addr_en(c, patient=False, city=e.city, two_lines=False),
          ph=P("PHONE", phone_en(c, e.city.area)), fx=P("FAX", phone_en(c, e.city.area)))
    d.add("{dd}\n\n", dd=den(c, e.adm, c.pick("long", "mdy", "ord")))
    d.add("To: {to}\n{sp}, {h}\n", to=clin(c, to, "MD", ("full", "fml")), sp=SPECIALTY[s["short"]],
          h=P("HOSPITAL", hospital_en(c)))
    if c.chance(0.6):
        d.add("Fax: {fx}\n", fx=P("FAX", phone_en(c)))
    d.add("\nRE: {n}   DOB: {dob}\n", n=pt(c, e, "full", "FULLUP", "lf"), dob=den(c, e.dob))
    if c.chance(0.7):
        d.add("{ins}\n", ins=insurance_block(c, "   "))
    d.add("\nDear {to},\n\n", to=["Dr. ", P("NAME_CLINICIAN", to.last)])
    d.add("I am referring {t} {l}, a pleasant {a} {sx}, for evaluation of {why}. ", t=e.pt.title, l=pt(c, e, "last"),
          a=age_en(c, e.age), sx=e.sexw, why=s["dx"][0])
    d.put(s["hpi"])
    d.add("\n\nRelevant history: {p}.\nCurrent medications:\n{m}", p=pmh_list(c, s), m=med_lines(c, s["home"], "  - "))
    d.add("Recent labs: {l}.\n{im}\n\n", l=labs_line(c, s["labs"][:3]), im=s["imaging"])
    d.add("{Pro} can be reached at {ph}{em}. ", Pro=e.pt.He, ph=P("PHONE", phone_en(c, e.city.area)),
          em=[" or by email at ", P("EMAIL", email_en(c, e.pt))] if c.chance(0.6) else "")
    d.add("Please do not hesitate to contact me with any questions.\n\nSincerely,\n\n{me}\n", me=clin(c, me, c.pick("MD", "DO", "FNP-C")))
    if c.chance(0.8):
        d.add("NPI {n}\n", n=P("LICENSE", npi(c)))
    if c.chance(0.5):
        d.add("{em}\n", em=P("EMAIL", work_email(c, me, hosp_domain(c))))
    d.add("Enclosures: office notes, labs from {dd}\n", dd=den(c, plus(e.adm, -c.ri(3, 30)), "md"))
    return d


def t_nursing(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.22, lo=40)
    d = Doc()
    s = scenario(c, ELDERLY_SCENARIOS + [_sc_crohn, _sc_pancreas], e=e)
    rn = person_en(c)
    shift = c.pick("0700-1900", "1900-0700", "7a-7p", "7p-7a")
    d.add("NURSING PROGRESS NOTE    {dd}  Shift {sh}\n", dd=den(c, e.adm, c.pick("mdy", "mdyy_short", "iso")), sh=shift)
    d.add("Pt: {n} ({a} {sx})  MRN {m}  Unit {u}\n\n", n=pt(c, e, "full", "LF"), a=age_en(c, e.age, "{} y/o"),
          sx=e.pt.sex, m=P("MRN", e.mrn), u=c.pick("4 West", "MICU", "6 North", "Tele", "SDU"))
    d.add("{t} Received report from {rn2}, RN. Pt ", t=hhmm(c, 6, 8) if "07" in shift or "7a" in shift else hhmm(c, 18, 20),
          rn2=P("NAME_CLINICIAN", person_en(c).v(c.ch(("first", "full", "init")))))
    d.add(c.pick("A&Ox3", "A&Ox1, pleasantly confused", "drowsy but arousable", "alert, anxious"))
    d.add(", admitted for {w}. VS: {v}.\n", w=s["short"], v=vitals(c))
    d.add("Neuro: {x}\n", x=c.pick("⟦ep|Glasgow Coma Scale⟧ 15, PERRLA.", "Follows commands, moves all extremities.",
                                   "Intermittent ⟦fi|confusion⟧; bed alarm on."))
    d.add("Resp: {x}\n", x=c.pick("Lungs diminished at bases, on 2L NC, ⟦me|SpO2 94%⟧.", "Clear, RA.", "Coarse crackles, ⟦pr|suctioned⟧ x2."))
    d.add("GI/GU: {x}\n", x=c.pick("⟦ep|Foley catheter⟧ draining clear yellow urine, ⟦me|UOP 40 mL/hr⟧.", "Voiding via urinal.",
                                   "BM x1, soft. Tolerating ⟦me|60 mL/hr⟧ tube feeds."))
    d.add("Skin: {b}; {x}\n", b=[K("EPONYM", "Braden"), " score ", K("MEASUREMENT", str(c.ri(10, 20)) + "/23")],
          x=c.pick("stage 2 ⟦fi|pressure injury⟧ to ⟦an|coccyx⟧, foam dressing intact.", "intact.", "⟦fi|skin tear⟧ ⟦an|left forearm⟧."))
    d.add("Safety: {m} Fall Scale {n}, high fall risk, yellow socks on.\n", m=K("EPONYM", "Morse"), n=c.ri(25, 95))
    d.add("Meds: {x} given at {t} per MAR.\n", x=join([med(c, k, c.pick("g", "tight")) for k in (s["inpt"] or ["acetaminophen"])[:2]], ", "),
          t=hhmm(c))
    if c.chance(0.75):
        r, rel = relative(c, e)
        d.add("{t} {who} at bedside, updated on plan of care; {pro} requests a call if any change at {ph}.\n", t=hhmm(c),
              who=c.pick(["Pt's ", rel, " ", relname(c, r)], [relname(c, r), " (", rel, ")"]),
              pro="she" if r.sex == "F" else "he", ph=P("PHONE", phone_en(c, e.city.area)))
    if c.chance(0.3):
        d.add("Hospitalist {doc} paged re: {why}; new orders received.\n", doc=dr(c, e.att), why=c.pick("BP 178/96", "HR 124", "⟦lab|K 3.1⟧"))
    d.add("Will continue to monitor.\n{rn}\n", rn=clin(c, rn, c.pick("RN", "RN, BSN", "LPN"), ("full", "init", "first")))
    return d


def t_phone(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.15)
    d = Doc()
    s = scenario(c, e=e)
    who = c.ri(0, 2)
    r, rel = relative(c, e)
    doc = person_en(c)
    nurse = person_en(c)
    d.add("TELEPHONE ENCOUNTER\n{cl}\n", cl=P("HOSPITAL", hospital_en(c, e.city, "clinic")))
    d.add("Patient: {n}   DOB {dob}   MRN {m}\n", n=pt(c, e, "LF", "full"), dob=den(c, e.dob, c.pick("mdy", "mdy_short")), m=P("MRN", e.mrn))
    d.add("Date/Time: {dd} {t}\n", dd=den(c, e.adm, c.pick("mdy", "mdy_short", "iso")), t=hhmm(c, 8, 17))
    if who == 0:
        d.add("Caller: patient, call back # {ph}\n\n", ph=P("PHONE", phone_en(c, e.city.area)))
        d.add("Reason: {n} calls stating ", n=pt(c, e, "first", "full"))
    elif who == 1:
        d.add("Caller: {rn} ({rel}), on HIPAA release. Call back: {ph}\n\n", rn=relname(c, r, ("full",)), rel=rel,
              ph=P("PHONE", phone_en(c)))
        d.add("Reason: {rn} reports that ", rn=relname(c, r, ("first",)))
    else:
        d.add("Caller: {rel}\n\n", rel=c.pick("pharmacy", "home health agency", "patient's daughter"))
        d.add("Reason: ")
    if c.chance(0.5):
        d.add("{x}. ", x=c.pick("blood sugars running ⟦me|250-300⟧ since starting ⟦dr|prednisone⟧",
                                 "new ⟦fi|ankle swelling⟧ after the ⟦dr|amlodipine⟧ was increased to ⟦do|10 mg⟧",
                                 "⟦fi|dizziness⟧ on standing, home BP ⟦me|92/58⟧", "⟦fi|black tarry stools⟧ x2 today while on ⟦dr|apixaban⟧",
                                 "needs refill of ⟦dr|levothyroxine⟧ ⟦do|88 mcg⟧"))
    else:
        d.add("still having symptoms of {w}. ", w=s["short"])
    d.add("Denies chest pain or shortness of breath.\n\nPlan: Discussed with {doc}. ", doc=dr(c, doc))
    d.add(c.pick("Advised to go to the ED if worse. ", "Appointment made for tomorrow at 10:30. ", "Labs ordered: "))
    if d.text.endswith("ordered: "):
        d.add("{l}. ", l=labs_line(c, ["cr", "k", "inr"]))
    if c.chance(0.55):
        d.add("New Rx {m} sent to {ph} at {addr}, phone {pp}, fax {fx}. ", m=med(c, c.ch(s["dc"] or ["acetaminophen"])),
              ph=c.pick("CVS Pharmacy", "Walgreens", "Rite Aid", "the Kroger pharmacy"),
              addr=[P("ADDRESS_STREET", street_en(c)), ", ", P("CITY", e.city.city)], pp=P("PHONE", phone_en(c, e.city.area)),
              fx=P("FAX", phone_en(c, e.city.area)))
    if c.chance(0.3):
        plan, mid = insurance_en(c)
        d.add("Prior auth needed per {pl} (member {mid}). ", pl=plan, mid=P("INSURANCE", mid))
    d.add("Caller verbalized understanding.\n\n{rn}\n", rn=clin(c, nurse, c.pick("RN", "LPN", "MA", "RN, BSN")))
    return d


def t_soap(c: Ctx) -> Doc:
    """Resident progress note, lower-case and abbreviated."""
    e = Enc(c, p_old=0.1)
    s = scenario(c, e=e)
    d = Doc()
    hd = c.ri(2, 6)
    res = person_en(c)
    d.add("progress note  hd#{hd}  {dd}\n\n", hd=hd, dd=den(c, plus(e.adm, hd - 1), c.pick("md", "mdyy_short", "mdy_short")))
    d.add("pt {n} {a} {sx} w/ {p} adm for {w}, seen & examined w/ {att} this am.\n",
          n=pt(c, e, "lower", "lowerlast", "full"), a=age_en(c, e.age, c.pick("{}yo", "{} yo", "{}y")), sx=e.pt.sex.lower(),
          p=pmh_list(c, s), w=s["short"], att=["dr ", P("NAME_CLINICIAN", e.att.v(c.ch(("lowerlast", "last"))))])
    d.add("\nS: ")
    d.add(c.pick("no acute events overnight. ", "febrile overnight, cx sent. ", "slept poorly, c/o pain 6/10. "))
    if c.chance(0.6):
        r, rel = relative(c, e)
        d.add("{rn} ({rel}) at bedside, asking abt dispo. ", rn=P("NAME_RELATIVE", r.v(c.ch(("lowerfirst", "first")))), rel=rel)
    d.add("\nO: {v}\n", v=vitals(c))
    d.add("{ex}\nlabs: {l}\n", ex=s["exam"], l=labs_line(c, s["labs"], "  "))
    d.add("\nA/P: {a} {sx} w/ {w}\n", a=age_en(c, e.age, "{}"), sx=e.pt.sex.lower(), w=s["dx"][0])
    for p in s["plan"]:
        d.add("# {p}\n", p=p)
    if s["inpt"]:
        d.add("# cont {m}\n", m=join([med(c, k, "tight") for k in s["inpt"]], ", "))
    d.add("# ppx: {x}\n", x=c.pick([K("DRUG", "heparin"), " ", K("DOSE", "5000 units"), " sc q8"], [K("DRUG", "lovenox"), " ", K("DOSE", "40mg"), " daily"], "SCDs"))
    d.add("# dispo: {x}\n", x=c.pick(["likely home ", den(c, plus(e.adm, hd + c.ri(1, 3)), "md"), " if stable"],
                                      ["snf placement, cm following"], ["pending pt/ot"]))
    d.add("\n- {r} {cr}, pgy{y}\n", r=P("NAME_CLINICIAN", res.v(c.ch(("lower", "init", "full")))), cr=c.pick("md", "MD", "do"), y=c.ri(1, 3))
    return d


IMPLANT_SETS = [
    ("⟦pr|Right total knee arthroplasty⟧", "⟦fi|primary osteoarthritis⟧ of the ⟦an|right knee⟧",
     ["Femoral component, cemented, size 5", "Tibial baseplate, size 4", "Polyethylene insert, 10 mm"]),
    ("⟦pr|Dual-chamber permanent pacemaker implantation⟧", "⟦fi|symptomatic sinus node dysfunction⟧",
     ["Pulse generator", "Right atrial lead", "Right ventricular lead"]),
    ("⟦pr|Left total hip arthroplasty⟧, anterior approach", "⟦fi|avascular necrosis⟧ of the ⟦an|left femoral head⟧",
     ["Acetabular shell 54 mm", "Femoral stem, size 6", "Ceramic head 36 mm"]),
    ("⟦pr|L4-5 transforaminal lumbar interbody fusion⟧", "⟦fi|spondylolisthesis⟧ at ⟦an|L4-5⟧",
     ["Interbody cage 10 mm", "Spinal cord stimulator trial lead"]),
    ("⟦pr|Laparoscopic cholecystectomy⟧", "⟦fi|symptomatic cholelithiasis⟧", []),
    ("⟦pr|Subcutaneous ICD implantation⟧", "⟦fi|ischemic cardiomyopathy⟧, ⟦me|LVEF 25%⟧", ["S-ICD pulse generator", "Subcutaneous electrode"]),
]


def t_opnote(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.05, lo=35, hi=85)
    d = Doc()
    proc, dx, implants = c.ch(IMPLANT_SETS)
    surg, asst, anes = e.att, person_en(c), person_en(c)
    d.add("OPERATIVE REPORT\n{h}\n\n", h=P("HOSPITAL", e.hosp))
    d.add("PATIENT: {n}\nMRN: {m}\nDATE OF SURGERY: {dd}\n", n=pt(c, e, "LF", "full"), m=P("MRN", e.mrn), dd=den(c, e.adm))
    d.add("SURGEON: {s}\nASSISTANT: {a}\nANESTHESIA: {an}, general endotracheal\n\n", s=clin(c, surg, "MD"),
          a=clin(c, asst, c.pick("PA-C", "MD")), an=clin(c, anes, c.pick("MD", "CRNA")))
    d.add("PREOPERATIVE DIAGNOSIS: {dx}\nPOSTOPERATIVE DIAGNOSIS: Same\nPROCEDURE: {p}\n", dx=dx, p=proc)
    d.add("ANTIBIOTIC: {m}\nEBL: {ebl}\nFINDINGS: {f}\n", m=med(c, "cefazolin", "g"), ebl=K("MEASUREMENT", f"{c.ri(5, 450)} mL"),
          f=c.pick("⟦fi|Grade IV chondromalacia⟧ of all three compartments.", "Dense adhesions; gallbladder wall thickened.",
                   "Adequate pacing and sensing thresholds.", "No CSF leak."))
    if implants:
        d.add("\nIMPLANTS:\n")
        for it in implants:
            d.add("  {it}   REF {ref}   LOT {lot}   SN {sn}\n", it=it, ref=c.alnum(7), lot=c.alnum(8),
                  sn=P("DEVICE", device_serial(c)))
    d.add("\nDESCRIPTION OF PROCEDURE:\nThe patient was identified in the preoperative holding area by name and date of birth ({dob}) ",
          dob=den(c, e.dob))
    d.add("and the {side} was marked. {Pro} was brought to the OR and placed {pos}. A time-out was performed. ",
          side=c.pick("operative site", "operative side"), Pro=e.pt.He,
          pos=c.pick("supine", "in ⟦ep|Trendelenburg position⟧", "prone on a Jackson table", "in reverse ⟦ep|Trendelenburg position⟧"))
    d.add("The procedure was performed in standard fashion without complication. ")
    if "thresholds" in d.text or "pacemaker" in proc.lower():
        d.add("Lead measurements: {a}, {b}. ", a=K("MEASUREMENT", f"R-wave {c.fl(6, 18)} mV"), b=K("MEASUREMENT", f"threshold {c.fl(0.4, 1.2)} V at 0.4 ms"))
    d.add("Sponge and needle counts were correct x2.\n\nSPECIMENS: {sp}\n", sp=c.pick(["Gallbladder to pathology (", P("ACCESSION", path_accession(c)), ")"],
                                                                                   "None", "Femoral head to pathology"))
    d.add("DISPOSITION: PACU in stable condition. I was present and scrubbed for the entire procedure.\n\n")
    d.add("{sig}\n", sig=signature(c, surg, e.adm, "MD"))
    return d


def t_telehealth(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.04, lo=22, hi=80)
    d = Doc()
    s = scenario(c, [_sc_dka, _sc_back, _sc_afib, _sc_crohn, _sc_cushing, _sc_copd], e=e)
    prov = e.att
    clinic = hospital_en(c, e.city, "clinic")
    d.add("VIDEO VISIT  |  {cl}\n", cl=P("HOSPITAL", clinic))
    d.add("Visit date: {dd}   Start {t1}   End {t2}\n", dd=den(c, e.adm), t1="10:" + str(c.ri(10, 29)), t2="10:" + str(c.ri(40, 59)))
    d.add("Patient: {n}   DOB: {dob}   MRN: {m}\n", n=pt(c, e, "full", "LF"), dob=den(c, e.dob), m=P("MRN", e.mrn))
    if c.chance(0.5):
        d.add("Platform: Zoom for Healthcare, link {u}\n", u=P("URL", f"https://{c.pick('kp', 'sutterhealth', 'uchealth', 'mercy')}.zoom.us/j/"
                                                                 f"{c.digits(11)}?pwd={c.token(22)}"))
    else:
        d.add("Platform: MyChart Video Visit ({u})\n", u=P("URL", f"https://mychart.{hosp_domain(c)}/MyChart/Visits/VideoVisit?csn={c.digits(10)}"))
    d.add("Patient location: home, {a}. Provider location: clinic office.\n", a=addr_en(c, True, e.city, two_lines=False))
    idv = c.ri(0, 2)
    if idv == 0:
        d.add("Identity verified with name, DOB and passport {pp} shown on camera.\n", pp=P("PASSPORT", passport_en(c)))
    elif idv == 1:
        d.add("Identity verified with name, DOB and driver's license {dl}.\n", dl=P("LICENSE", f"{c.letters(1)}{c.digits(7)}"))
    else:
        d.add("Identity verified with two identifiers.\n")
    d.add("Connection log: patient joined from IP {ip} at {t}", ip=P("IP", ip_addr(c)), t=hhmm(c, 9, 10))
    if c.chance(0.5):
        d.add("; dropped and rejoined from {ip} (mobile)", ip=P("IP", ip_addr(c)))
    d.add(". Verbal consent for telehealth obtained.\n\n")
    d.add("SUBJECTIVE: Follow-up of {dx}. ", dx=s["dx"][0])
    d.put(s["hpi"])
    if "glargine" in s["home"] and c.chance(0.9):
        d.add("Reviewed CGM download (Dexcom G7 receiver SN {sn}): time in range ", sn=P("DEVICE", device_serial(c)))
        d.add("{t}.", t=K("MEASUREMENT", f"{c.ri(32, 78)}%"))
    d.add("\nCurrent meds:\n{m}", m=med_lines(c, s["home"]))
    d.add("\nOBJECTIVE: Well appearing on video, speaking full sentences. Home readings: {b}.\n", b=K("MEASUREMENT", f"BP {c.ri(112, 158)}/{c.ri(64, 96)}"))
    d.add("Recent labs ({dd}): {l}\n", dd=den(c, plus(e.adm, -c.ri(3, 25)), "md"), l=labs_line(c, s["labs"][:3]))
    d.add("\nASSESSMENT/PLAN:\n{p}", p=bullets(s["plan"]))
    d.add("- Continue {m}\n", m=med(c, c.ch(s["dc"])))
    d.add("- After-visit summary sent to {em}\n", em=P("EMAIL", email_en(c, e.pt)))
    d.add("Total time {n} minutes, >50% counseling.\n\n", n=c.ri(15, 40))
    d.add("{p}\n", p=clin(c, prov, c.pick("MD", "DO", "NP", "FNP-C")))
    if c.chance(0.6):
        d.add("Licensed in {st}, license no. {ln}\n", st=STATE_NAMES[e.city.state], ln=P("LICENSE", state_license(c, e.city.state)))
    return d


def t_occ(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.0, lo=19, hi=66)
    d = Doc()
    emp = company_en(c)
    doi = e.adm
    seen = plus(doi, c.ri(0, 3))
    d.add("OCCUPATIONAL HEALTH - WORKERS' COMPENSATION {k}\n{cl}\n\n", k=c.pick("INITIAL EVALUATION", "FIRST REPORT OF INJURY"),
          cl=P("HOSPITAL", hospital_en(c, e.city, "clinic")))
    d.add("Employee: {n}    DOB: {dob}\n", n=pt(c, e, "full", "LF"), dob=den(c, e.dob))
    if c.chance(0.6):
        d.add("SSN: {s}\n", s=P("SSN", ssn_en(c)))
    d.add("Employer: {emp}\nEmployer address: {a}\n", emp=P("WORKPLACE", emp), a=addr_en(c, patient=False, city=e.city, two_lines=False))
    d.add("Employer contact: HR, phone {ph}, fax {fx}\n", ph=P("PHONE", phone_en(c, e.city.area)), fx=P("FAX", phone_en(c, e.city.area)))
    d.add("Claim #: {cl}   Carrier: {car}   Policy: {pol}\n", cl=P("OTHER_ID", c.pick(f"WC-{c.ri(18, 24)}-{c.digits(6)}", f"{c.digits(3)}-{c.digits(6)}-{c.digits(2)}", c.letters(2) + c.digits(8))),
          car=c.pick("Liberty Mutual", "The Hartford", "Travelers", "State Compensation Insurance Fund", "Sedgwick (TPA)"),
          pol=P("INSURANCE", c.letters(3) + c.digits(7)))
    d.add("Date of injury: {d1} at approximately {t}   Date seen: {d2}\n\n", d1=den(c, doi), t=hhmm(c, 6, 18), d2=den(c, seen))
    job = c.pick("forklift operator", "warehouse associate", "CNA", "roofer", "delivery driver", "line cook", "electrician")
    d.add("HISTORY: {a} {sx} {job} ", a=age_en(c, e.age), sx=e.sex_word, job=job)
    mech = c.ri(0, 3)
    if mech == 0:
        d.add("who fell from a ladder approximately 6 feet onto an outstretched hand. ")
        dx = ["⟦fi|Distal radius fracture⟧, ⟦an|left wrist⟧ (⟦ep|Colles fracture⟧)"]
        img = "X-ray ⟦an|left wrist⟧: dorsally angulated ⟦fi|extra-articular distal radius fracture⟧."
    elif mech == 1:
        d.add("who felt a pop in the low back lifting a ⟦me|70 lb⟧ box. ")
        dx = ["⟦fi|Lumbar strain⟧", "rule out ⟦fi|disc herniation⟧ at ⟦an|L5-S1⟧"]
        img = "X-ray lumbar spine: no ⟦fi|fracture⟧; mild ⟦fi|degenerative disc disease⟧ at ⟦an|L5-S1⟧."
    elif mech == 2:
        d.add("who was driving the company van (plate {pl}) when it was rear-ended. ", pl=P("VEHICLE", plate_en(c, e.city.state)))
        dx = ["⟦fi|Cervical strain⟧", "⟦fi|Post-traumatic headache⟧"]
        img = "X-ray cervical spine: straightening of ⟦an|cervical lordosis⟧, no ⟦fi|fracture⟧."
    else:
        d.add("who sustained a ⟦fi|laceration⟧ to the ⟦an|right index finger⟧ on a box cutter. ")
        dx = ["⟦fi|Laceration⟧ ⟦an|right index finger⟧, ⟦me|2.5 cm⟧, no tendon involvement"]
        img = "No imaging indicated. ⟦pr|Laceration repair⟧ with 5 ⟦me|4-0⟧ nylon sutures; ⟦dr|Tdap⟧ given."
    if c.chance(0.5):
        d.add("A second company vehicle, plate {pl}, was involved. ", pl=P("VEHICLE", plate_en(c, e.city.state)))
    d.add("Supervisor notified same day.\n\nEXAM: {v}\n", v=vitals(c))
    d.add("IMAGING: {i}\n\nDIAGNOSIS:\n{dx}", i=img, dx=numbered(dx))
    d.add("\nTREATMENT: {m}; {m2}.\n", m=med(c, "ibuprofen"), m2=med(c, c.pick("cyclobenzaprine", "acetaminophen")))
    d.add("WORK STATUS: Modified duty, no lifting > 10 lb, until {dd}.\nNext visit: {nd}\n\n",
          dd=den(c, plus(seen, c.ri(7, 21)), "mdy"), nd=den(c, plus(seen, 7), c.pick("mdy", "md")))
    d.add("Examining physician: {p}\n", p=clin(c, e.att, c.pick("MD", "DO")))
    if c.chance(0.35):
        d.add("FMCSA National Registry #: {n}\n", n=P("LICENSE", c.digits(10)))
    d.add("Copy faxed to employer at {fx} on {dd}.\n", fx=P("FAX", phone_en(c, e.city.area)), dd=den(c, seen, "md"))
    return d


def t_socialwork(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.1, lo=30)
    d = Doc()
    sw = person_en(c)
    d.add("SOCIAL WORK ASSESSMENT\nPatient: {n}  MRN: {m}  Date: {dd}\n", n=pt(c, e, "full", "LF"), m=P("MRN", e.mrn), dd=den(c, e.adm))
    d.add("Referral: {r}\n\n", r=c.pick("housing insecurity", "discharge planning, lives alone", "caregiver strain",
                                         "concern for financial exploitation"))
    d.add("SW met with {t} {l} at bedside. Pt is a {a} {sx} admitted with {dx}. ", t=e.pt.title, l=pt(c, e, "last"), a=age_en(c, e.age),
          sx=e.sexw, dx=scenario(c)["dx"][0])
    home = c.ri(0, 2)
    if home == 0:
        d.add("Pt reports living at {a} with {rel}. ", a=addr_en(c, True, e.city, two_lines=False),
              rel=c.pick("a roommate", "adult son", "spouse"))
    elif home == 1:
        d.add("Pt was evicted last month and has been sleeping in {his} car, a {car} (plate {pl}), in a lot off {st} in {city}. ",
              his=e.pt.his, car=c.pick("2006 Honda Accord", "2012 Nissan Sentra", "2003 Ford Ranger"),
              pl=P("VEHICLE", plate_en(c, e.city.state)), st=P("ADDRESS_STREET", c.pick("Main St", "Mission St", "Route 9", "Harbor Blvd")),
              city=P("CITY", e.city.city))
    else:
        d.add("Pt owns a mobile home at {a}. ", a=addr_en(c, True, e.city, two_lines=False))
    r1, rel1 = relative(c, e)
    d.add("\n\nSupports: {rel} {rn} ({ph}){more}.\n", rel=rel1.capitalize(), rn=relname(c, r1, ("full", "first")),
          ph=P("PHONE", phone_en(c)),
          more=[", who lives in ", P("CITY", city_en(c).city), " and visits monthly"] if c.chance(0.5) else "")
    if c.chance(0.5):
        r2, rel2 = relative(c, e)
        d.add("{rel} {rn} is estranged; pt does not want {obj} contacted.\n", rel=rel2.capitalize(), rn=relname(c, r2, ("first", "full")),
              obj="her" if r2.sex == "F" else "him")
    d.add("Income: ")
    if c.chance(0.6):
        d.add("previously worked at {w} until {y}; now applying for SSDI. ", w=P("WORKPLACE", company_en(c)), y=c.ri(2016, 2023))
    else:
        d.add("Social Security retirement. ")
    if c.chance(0.55):
        d.add("SSN ({s}) provided for the benefits application. ", s=P("SSN", ssn_en(c)))
    if c.chance(0.4):
        d.add("Family has set up an online fundraiser ({u}). ", u=P("URL", f"https://www.gofundme.com/f/help-{_slug(e.pt.first)}-{_slug(e.pt.last)}-{c.pick('recover', 'get-home', 'medical-bills')}"))
    if c.chance(0.35):
        d.add("APS report filed; case #{n}. ", n=P("OTHER_ID", f"{c.ri(18, 24)}-{c.digits(6)}"))
    if c.chance(0.4):
        d.add("Housing authority correspondence to {em}. ", em=P("EMAIL", email_en(c, e.pt)))
    d.add("\n\nCOPING: Pt tearful, endorses ⟦fi|depressed mood⟧; {p}.\n", p=K("MEASUREMENT", f"PHQ-9 {c.ri(8, 22)}"))
    d.add("PLAN: Shelter list provided; referral to community case management; SW to follow.\n\n{sw}\n", sw=clin(c, sw, "LCSW", ("full", "fml")))
    return d


def _slug(s: str) -> str:
    import re
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def t_facesheet(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.14, lo=18)
    d = Doc()
    s = scenario(c, e=e)
    d.add("{h}\nPATIENT REGISTRATION FACE SHEET\n\n", h=P("HOSPITAL", e.hosp))
    d.add("Account #: {a}        MRN: {m}\n", a=P("ACCOUNT", acct_en(c)), m=P("MRN", e.mrn))
    d.add("Admit Date/Time: {dd} {t}    Type: {ty}\n", dd=den(c, e.adm, "mdy"), t=hhmm(c), ty=c.pick("Inpatient", "Observation", "Outpatient Surgery"))
    d.add("Patient Name: {n}\n", n=pt(c, e, "LFM", "LF"))
    d.add("Sex: {sx}    DOB: {dob}    Age: {age}\n", sx=e.pt.sex, dob=den(c, e.dob, "mdy"),
          age=[P("AGE_OVER_89", str(e.age)) if e.age > 89 else str(e.age)])
    d.add("SSN: {s}\n", s=P("SSN", ssn_en(c)))
    addr = addr_en(c, True, e.city, two_lines=True)
    d.add("Address: {a}\n", a=addr)
    d.add("Home Phone: {h}    Cell: {m}\n", h=P("PHONE", phone_en(c, e.city.area)), m=P("PHONE", phone_en(c)))
    if c.chance(0.7):
        d.add("Email: {em}\n", em=P("EMAIL", email_en(c, e.pt)))
    d.add("Marital Status: {ms}   Language: {lg}   Religion: {rg}\n", ms=c.pick("Married", "Single", "Widowed", "Divorced"),
          lg=c.pick("English", "Spanish", "Vietnamese", "Mandarin"), rg=c.pick("Catholic", "None", "Baptist", "Declined"))
    if e.age < 70 and c.chance(0.8):
        d.add("Employer: {w}    Occupation: {o}    Work Phone: {ph}\n", w=P("WORKPLACE", company_en(c)),
              o=c.pick("Driver", "Teacher", "Cashier", "Engineer", "Nurse", "Laborer"), ph=P("PHONE", phone_en(c, e.city.area)))
    else:
        d.add("Employer: Retired\n")
    r, rel = relative(c, e)
    d.add("Emergency Contact: {rn}    Relationship: {rel}    Phone: {ph}\n", rn=P("NAME_RELATIVE", r.v(c.ch(("LF", "full")))), rel=rel.capitalize(),
          ph=P("PHONE", phone_en(c)))
    d.add("Guarantor: {g}\n", g=c.pick("Self", ["Spouse - ", P("NAME_RELATIVE", person_en(c, last=e.pt.last).v("LF"))]))
    plan, mid = insurance_en(c)
    d.add("Primary Insurance: {pl}\n  Member ID: {mid}    Group #: {g}\n  Subscriber: {sub}\n", pl=plan, mid=P("INSURANCE", mid),
          g=P("INSURANCE", group_no(c)), sub=c.pick("Self", P("NAME_RELATIVE", r.v("LF"))))
    if c.chance(0.4):
        plan2, mid2 = insurance_en(c)
        d.add("Secondary Insurance: {pl}   ID: {mid}\n", pl=plan2, mid=P("INSURANCE", mid2))
    if c.chance(0.4):
        d.add("International patient: Passport No. {pp}   Country: {ct}\n", pp=P("PASSPORT", passport_en(c)),
              ct=c.pick("Mexico", "Canada", "India", "Philippines", "Brazil"))
    d.add("\nAttending: {att}    PCP: {pcp}\n", att=clin(c, e.att, "MD", ("lf", "full")), pcp=clin(c, person_en(c), "MD", ("lf", "full")))
    d.add("Admitting Diagnosis: {dx}\nChief Complaint: {cc}\nAllergies: {al}\n", dx=s["dx"][0], cc=s["cc"], al=allergies(c))
    d.add("Home meds reconciled: {m}\n", m=join([med(c, k, "g") for k in s["home"][:3]], "; "))
    d.add("\nRegistered by: {clerk} {dd} {t}\n", clerk=P("NAME_CLINICIAN", person_en(c).v(c.ch(("init", "full")))), dd=den(c, e.adm, "mdy"), t=hhmm(c))
    return d


def t_hospice(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.6, lo=68)
    d = Doc()
    fac = hospital_en(c, e.city, "snf")
    kind = c.ri(0, 2)
    d.add("{k}\n{f}\n{a}\n\n", k=c.pick("HOSPICE ADMISSION NOTE", "HOSPICE INITIAL CERTIFICATION - NARRATIVE", "Palliative Care / Hospice Evaluation"),
          f=P("HOSPITAL", fac), a=addr_en(c, patient=False, city=e.city, two_lines=False))
    d.add("Patient: {n}    DOB: {dob}    Age: {age}\n", n=pt(c, e, "full", "LF"), dob=den(c, e.dob), age=[P("AGE_OVER_89", str(e.age)) if e.age > 89 else str(e.age)])
    d.add("Medical record #: {m}    Visit: {dd}\n\n", m=P("MRN", e.mrn), dd=den(c, e.adm))
    if kind == 0:
        d.add("Terminal diagnosis: ⟦fi|end-stage heart failure⟧, NYHA class IV, {ef}.\n", ef=K("MEASUREMENT", f"LVEF {c.ri(10, 20)}%"))
        meds = ["morphine", "furosemide", "lorazepam"]
    elif kind == 1:
        d.add("Terminal diagnosis: ⟦ep|Alzheimer's disease⟧, FAST stage {f}, with ⟦fi|dysphagia⟧ and {w} weight loss.\n",
              f=K("MEASUREMENT", c.pick("FAST 7c", "FAST 7d", "FAST 7b")), w=K("MEASUREMENT", f"{c.ri(8, 15)}%"))
        meds = ["haloperidol", "morphine", "acetaminophen"]
    else:
        d.add("Terminal diagnosis: metastatic ⟦fi|non-small cell lung cancer⟧ with ⟦fi|malignant pleural effusion⟧ and ⟦fi|bone metastases⟧ to ⟦an|T10⟧ and ⟦an|L2⟧.\n")
        meds = ["morphine", "dexamethasone", "ondansetron"]
    d.add("Palliative Performance Scale {pps}.\n\n", pps=K("MEASUREMENT", f"PPS {c.ch((10, 20, 30, 40))}%"))
    d.add("HISTORY: {t} {l} is a {a} {sx} ", t=e.pt.title, l=pt(c, e, "last"), a=age_en(c, e.age), sx=e.sexw)
    d.add("{x}. ", x=c.pick("with three hospitalizations in the last 6 months", "bedbound since a fall in the spring",
                             "who has declined further chemotherapy"))
    r, rel = relative(c, e)
    d.add("Goals of care were discussed with {his} {rel} and health care proxy, {rn}, ", his=e.pt.his, rel=rel, rn=relname(c, r, ("full", "fml")))
    d.add("who confirms {his} wish for comfort-focused care. POLST: DNR/DNI, comfort measures only.\n", his=e.pt.his)
    if c.chance(0.5):
        r2, rel2 = relative(c, e)
        d.add("{rel} {rn} ({ph}) lives out of state and would like to be called before any change.\n", rel=rel2.capitalize(),
              rn=relname(c, r2, ("first", "full")), ph=P("PHONE", phone_en(c)))
    if c.chance(0.4):
        d.add("Has a {dv} (SN {sn}); shock therapy deactivated today with the device representative per patient wishes.\n",
              dv=c.pick("Medtronic ICD", "Boston Scientific CRT-D", "St. Jude dual-chamber ICD"), sn=P("DEVICE", device_serial(c)))
    d.add("\nComfort medications:\n{m}", m=med_lines(c, meds))
    d.add("\nPLAN: Admit to routine home hospice level of care at {f}. Chaplain and SW to visit. Attending of record: {a}.\n\n",
          f=P("HOSPITAL", fac), a=dr(c, e.att))
    d.add("{sig}\n", sig=signature(c, person_en(c), e.adm, c.pick("MD", "NP", "RN, CHPN")))
    return d


def t_research(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.0, lo=18, hi=75)
    d = Doc()
    s = scenario(c, [_sc_crohn, _sc_nodule, _sc_chf, _sc_dka, _sc_afib], e=e)
    coord = person_en(c)
    pi = person_en(c)
    d.add("RESEARCH NOTE - {k}\n\n", k=c.pick("INFORMED CONSENT AND ENROLLMENT", "SCREENING VISIT", "Study Visit 1 (Baseline)"))
    d.add("Study: A Randomized, Double-blind Study in Adults with {dx}\nProtocol: {pr}   IRB: {irb}\n", dx=s["short"],
          pr=f"{c.letters(3)}-{c.ri(100, 399)}", irb=f"STUDY{c.digits(8, False)}")
    d.add("Participant: {n}   MRN: {m}   DOB: {dob}\n", n=pt(c, e, "full", "LF"), m=P("MRN", e.mrn), dob=den(c, e.dob))
    d.add("Subject ID: {sid}   Screening #: {sc}\n\n", sid=P("OTHER_ID", f"{c.ri(101, 140)}-{c.digits(4, False)}"),
          sc=P("OTHER_ID", f"S{c.digits(5, False)}"))
    d.add("Consent: The study was explained to {t} {l} by {co}. ", t=e.pt.title, l=pt(c, e, "last"), co=clin(c, coord, c.pick("CCRP", "RN", "")))
    d.add("Questions answered; {he} signed ICF v{v} on {dd} at {t}. ", he=e.pt.he, v=c.pick("3.0", "4.1", "2.2"), dd=den(c, e.adm), t=hhmm(c, 8, 17))
    if c.chance(0.65):
        d.add("e-Consent completed in REDCap from IP {ip}; signed copy emailed to {em}. ", ip=P("IP", ip_addr(c)), em=P("EMAIL", email_en(c, e.pt)))
    d.add("A copy was given to the participant.\n\n")
    d.add("Eligibility: {dx}; {l}. ", dx=s["dx"][0], l=labs_line(c, s["labs"][:2]))
    d.add("No exclusionary medications (current: {m}).\n", m=join([med(c, k, "g") for k in s["home"][:2]], ", "))
    if c.chance(0.6):
        d.add("Randomization #: {r}\n", r=P("OTHER_ID", c.pick(f"R{c.digits(5)}", f"{c.digits(4)}-{c.digits(2)}")))
    if c.chance(0.55):
        d.add("Participant portal: {u}\n", u=P("URL", f"https://{c.pick('redcap', 'studyportal', 'research')}.{hosp_domain(c)}/surveys/?s={c.token(10)}"))
    d.add("Contact: {ph}\n", ph=P("PHONE", phone_en(c, e.city.area)))
    d.add("\nPI: {pi}\n{co}\n", pi=dr(c, pi, ("full",)), co=clin(c, coord, "CCRP"))
    return d


def t_newborn(c: Ctx) -> Doc:
    d = Doc()
    mom = person_en(c, "F")
    dad = person_en(c, "M", last=mom.last if c.chance(0.6) else None)
    baby_sex = c.pick("F", "M")
    baby = person_en(c, baby_sex, last=mom.last if c.chance(0.7) else dad.last)
    city = city_en(c)
    dob = rdate(c)
    hosp = hospital_en(c, city)
    ped = person_en(c)
    d.add("NEWBORN HISTORY AND PHYSICAL\n{h}\n\n", h=P("HOSPITAL", hosp))
    if c.chance(0.5):
        d.add("Infant: Baby {g} {l}\n", g="Girl" if baby_sex == "F" else "Boy", l=P("NAME_PATIENT", baby.last))
    else:
        d.add("Infant: {n}\n", n=P("NAME_PATIENT", baby.v(c.ch(("full", "LF")))))
    d.add("MRN: {m}   DOB: {dob}   Time of birth: {t}\n", m=P("MRN", mrn_en(c)), dob=den(c, dob), t=hhmm(c))
    d.add("Mother: {mn}, {ma} y/o G{g}P{p}, MRN {mm}\n", mn=P("NAME_RELATIVE", mom.v(c.ch(("full", "LF")))), ma=c.ri(19, 42),
          g=c.ri(1, 4), p=c.ri(0, 3), mm=P("MRN", mrn_en(c)))
    if c.chance(0.7):
        d.add("Father: {fn}\n", fn=P("NAME_RELATIVE", dad.v(c.ch(("full", "fml")))))
    d.add("\nDelivery: {mode} at {ga}; ", mode=c.pick("⟦pr|spontaneous vaginal delivery⟧", "⟦pr|primary cesarean section⟧ for ⟦fi|arrest of dilation⟧",
                                                          "⟦pr|vacuum-assisted vaginal delivery⟧"), ga=f"{c.ri(36, 41)}w{c.ri(0, 6)}d".replace("w", " weeks ").replace("d", " days") if c.chance(0.3) else f"{c.ri(36, 41)}w{c.ri(0, 6)}d")
    a1, a5 = c.ri(5, 9), c.ri(8, 9)
    d.add("⟦ep|Apgar⟧ scores {a} at 1 and 5 minutes.\n", a=K("MEASUREMENT", f"{a1} and {a5}"))
    d.add("Birth weight {w}, length {l}, head circumference {hc}.\n", w=K("MEASUREMENT", f"{c.ri(2480, 4300)} g"),
          l=K("MEASUREMENT", f"{c.fl(45, 55)} cm"), hc=K("MEASUREMENT", f"{c.fl(31, 37)} cm"))
    d.add("Maternal labs: ⟦lab|GBS negative⟧, ⟦lab|HBsAg negative⟧, ⟦lab|rubella immune⟧; cell-free DNA low risk for ⟦ep|Down syndrome⟧.\n")
    d.add("\nEXAM: {v}. Anterior fontanelle soft and flat. Red reflex present bilaterally. ⟦ep|Ortolani⟧ and ⟦ep|Barlow⟧ negative. "
          "{x}\n", v=K("MEASUREMENT", f"HR {c.ri(120, 160)}"), x=c.pick("Mild ⟦fi|jaundice⟧ to the chest.", "Sacral dimple, base visualized.", "No murmur."))
    d.add("\nPLAN: {m1}, {m2} and {m3} given. Newborn screen and hearing screen before discharge. ",
          m1=[K("DRUG", "Vitamin K"), " ", K("DOSE", "1 mg IM")], m2=K("DRUG", "erythromycin ophthalmic ointment"),
          m3=K("DRUG", "hepatitis B vaccine"))
    d.add("⟦lab|Transcutaneous bilirubin⟧ at 24 hours.\n")
    d.add("Follow-up: {p} at {cl}, {ph}, in 2-3 days.\n", p=dr(c, ped), cl=P("HOSPITAL", hospital_en(c, city, "clinic")),
          ph=P("PHONE", phone_en(c, city.area)))
    if c.chance(0.6):
        d.add("Home address for nurse visit: {a}\n", a=addr_en(c, True, city, two_lines=False))
    d.add("\n{sig}\n", sig=signature(c, person_en(c), dob))
    return d


def t_psych(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.0, lo=18, hi=70)
    d = Doc()
    d.add("PSYCHIATRIC EMERGENCY EVALUATION\n{h}\n", h=P("HOSPITAL", e.hosp))
    d.add("Name: {n}   Age: {a}   MRN: {m}   Date: {dd}\n", n=pt(c, e, "full", "LF"), a=e.age, m=P("MRN", e.mrn), dd=den(c, e.adm))
    if c.chance(0.5):
        d.add("Legal status: involuntary 72-hour hold, application #{n}\n", n=P("OTHER_ID", f"{c.digits(2)}-{c.digits(6)}"))
    d.add("\nHPI: {n} was brought in by {by} after ", n=pt(c, e, "first", "full", "last"), by=c.pick("police", "EMS", "family", "mobile crisis"))
    d.add(c.pick("posting suicidal statements online", "being found walking on the freeway", "an overdose of ",
                 "three nights without sleep and spending sprees"))
    if d.text.endswith("overdose of "):
        d.add("{m} tablets", m=K("DRUG", c.pick("acetaminophen", "sertraline", "quetiapine")))
    d.add(". ")
    if c.chance(0.35):
        d.add("Police located {his} car (plate {pl}) at a trailhead. ", his=e.pt.his, pl=P("VEHICLE", plate_en(c, e.city.state)))
    d.add("\n\nCOLLATERAL: ")
    r, rel = relative(c, e)
    d.add("Spoke with {his} {rel}, {rn}, at {ph}, who reports ", his=e.pt.his, rel=rel, rn=relname(c, r, ("full", "first")), ph=P("PHONE", phone_en(c)))
    d.add(c.pick("the patient stopped ⟦dr|lithium⟧ a month ago.", "escalating paranoia about neighbors.", "a prior attempt by hanging in 2019."))
    d.add("\n\nPSYCH HISTORY: {dx}. ", dx=c.pick("⟦fi|Bipolar I disorder⟧", "⟦fi|Major depressive disorder⟧, recurrent, severe",
                                                "⟦fi|Schizoaffective disorder⟧", "⟦fi|PTSD⟧ and ⟦fi|alcohol use disorder⟧"))
    d.add("Meds: {m}. {lv}\n", m=join([med(c, k) for k in c.sample(["lithium", "quetiapine", "sertraline", "escitalopram", "mirtazapine"], 2)], ", "),
          lv=["Level: ", lab(c, "li")])
    d.add("SOCIAL: Lives in {city} {w}. ", city=P("CITY", e.city.city), w=c.pick("with a roommate", "alone", "with parents"))
    if c.chance(0.55):
        d.add("Employed at {w}; on leave since {dd}. ", w=P("WORKPLACE", company_en(c)), dd=den(c, plus(e.adm, -c.ri(10, 90)), c.pick("md_long", "long")))
    d.add("\n\nMSE: Disheveled, psychomotor agitation, pressured speech, mood \"fine\", affect labile, thought process tangential, "
          "+ ⟦fi|auditory hallucinations⟧, ⟦fi|suicidal ideation⟧ {si}.\n", si=c.pick("with plan", "without plan", "passive"))
    d.add("RISK: ⟦ep|Columbia⟧ Suicide Severity Rating Scale high risk.\n")
    d.add("PLAN: Admit to inpatient psychiatry. {m} PRN. UDS, {l}.\n", m=med(c, c.pick("lorazepam", "haloperidol")), l=lab(c, "tsh"))
    d.add("\n{sig}\n", sig=signature(c, e.att, e.adm, c.pick("MD", "DO", "PMHNP")))
    return d


def t_travel(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.02, lo=18, hi=78)
    d = Doc()
    dep = plus(e.adm, c.ri(10, 60))
    d.add("TRAVEL MEDICINE CONSULTATION\n{cl}\n\n", cl=P("HOSPITAL", hospital_en(c, e.city, "clinic")))
    d.add("Traveler: {n}    DOB: {dob}    MRN: {m}\n", n=pt(c, e, "full", "LF"), dob=den(c, e.dob), m=P("MRN", e.mrn))
    d.add("Passport #: {pp} (for ICVP)\n", pp=P("PASSPORT", passport_en(c)))
    dest = c.pick("Kenya and Tanzania", "Ghana", "Peru (Cusco, Amazon basin)", "India and Nepal", "Brazil")
    d.add("Itinerary: {dest}, {wk} weeks, departing {dd}\n", dest=dest, wk=c.ri(1, 8), dd=den(c, dep))
    if c.chance(0.5):
        d.add("Purpose: work assignment for {w}\n", w=P("WORKPLACE", company_en(c)))
    else:
        d.add("Purpose: {p}\n", p=c.pick("tourism", "visiting friends and relatives", "volunteer medical mission"))
    d.add("\nHISTORY: {x}. Current meds: {m}. Allergies: {a}.\n", x=c.pick("Healthy", "⟦fi|Asthma⟧, well controlled", "⟦fi|HIV⟧ on ART, ⟦lab|CD4 640⟧",
                                                                          "⟦fi|Type 2 diabetes⟧"), m=med(c, c.pick("albuterol", "metformin", "levothyroxine")),
          a=allergies(c))
    d.add("\nVACCINES GIVEN TODAY:\n")
    d.add("- {v} {dose}, lot {lot}\n", v=K("DRUG", "yellow fever vaccine"), dose=K("DOSE", "0.5 mL SC"), lot=c.alnum(7))
    d.add("- {v} {dose}, lot {lot}\n", v=K("DRUG", "typhoid Vi polysaccharide vaccine"), dose=K("DOSE", "0.5 mL IM"), lot=c.alnum(7))
    if c.chance(0.5):
        d.add("- {v} {dose}\n", v=K("DRUG", "hepatitis A vaccine"), dose=K("DOSE", "1 mL IM"))
    d.add("ICVP certificate no. {n} issued.\n", n=P("OTHER_ID", f"{c.letters(2)}{c.digits(7)}"))
    d.add("\nMALARIA PROPHYLAXIS: {m}, start 1-2 days before travel.\nTravelers' diarrhea: {m2} x3 days if needed.\n",
          m=[K("DRUG", "atovaquone-proguanil"), " ", K("DOSE", "250/100 mg daily")], m2=[K("DRUG", "azithromycin"), " ", K("DOSE", "1000 mg")])
    d.add("Counseling: insect precautions, food and water safety, ⟦fi|rabies⟧ risk, ⟦fi|dengue⟧.\n")
    d.add("Contact: {ph} / {em}\n\n", ph=P("PHONE", phone_en(c, e.city.area)), em=P("EMAIL", email_en(c, e.pt)))
    d.add("Provider: {p}\n", p=clin(c, e.att, c.pick("MD", "NP", "PA-C")))
    if c.chance(0.6):
        d.add("Yellow fever stamp holder; {st} license {ln}\n", st=e.city.state, ln=P("LICENSE", state_license(c, e.city.state)))
    return d


def t_transfer(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.18, lo=35)
    d = Doc()
    s = scenario(c, [_sc_stroke, _sc_nstemi, _sc_pe, _sc_pancreas, _sc_hodgkin], e=e)
    recv = hospital_en(c)
    acc = person_en(c)
    d.add("INTERFACILITY TRANSFER NOTE\n\n")
    d.add("Sending: {a}\nReceiving: {b}\n", a=P("HOSPITAL", e.hosp), b=P("HOSPITAL", recv))
    d.add("Transfer center call at {t} on {dd}; accepted by {acc}. Transfer center {ph}, fax {fx}.\n",
          t=hhmm(c), dd=den(c, e.adm), acc=dr(c, acc, ("full", "last")), ph=P("PHONE", phone_en(c)), fx=P("FAX", phone_en(c)))
    d.add("\nPatient: {n}   Age: {a}   Sex: {sx}\nMRN (sending): {m}   Acct: {ac}\n", n=pt(c, e, "full", "LF"),
          a=[P("AGE_OVER_89", str(e.age)) if e.age > 89 else str(e.age)], sx=e.pt.sex, m=P("MRN", e.mrn), ac=P("ACCOUNT", acct_en(c)))
    d.add("\nReason for transfer: higher level of care for {dx}{w}.\n", dx=s["dx"][0],
          w=c.pick(" (needs ⟦pr|thrombectomy⟧)", " (interventional cardiology)", " (no ICU beds)", ""))
    d.add("Summary: {a} {sx} with {p}. ", a=age_en(c, e.age), sx=e.sexw, p=pmh_list(c, s))
    d.put(s["hpi"])
    d.add("{im}\nVitals at transfer: {v}\n", im=s["imaging"], v=vitals(c, sick=True))
    d.add("Drips/meds: {m}\n", m=join([med(c, k) for k in (s["inpt"] or ["acetaminophen"])], "; "))
    d.add("Lines: {l}\n", l=c.pick("2 PIVs", "R IJ CVC, ⟦ep|Foley catheter⟧", "L radial arterial line, 2 PIVs"))
    d.add("Transport: {t}. Code status: {cs}.\n", t=c.pick("ALS ground", "critical care ground", "rotor wing"), cs=c.pick("Full", "DNR"))
    if c.chance(0.7):
        r, rel = relative(c, e)
        d.add("Family: {rel} {rn} ({ph}) notified and will drive from {city}.\n", rel=rel, rn=relname(c, r, ("full", "first")),
              ph=P("PHONE", phone_en(c)), city=P("CITY", city_en(c).city))
    d.add("\n{sig}\n", sig=signature(c, e.att, e.adm))
    return d


# =========================================================================== templates: holdout

def t_mammo(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.05, sex="F", lo=38, hi=86)
    d = Doc()
    prior1 = plus(e.adm, -c.ri(300, 420))
    prior2 = plus(prior1, -c.ri(330, 800))
    side = c.pick("left", "right")
    clock = c.ri(1, 11)
    quad = c.pick("upper outer quadrant", "upper inner quadrant", "lower outer quadrant", "retroareolar region")
    d.add("{h} - Breast Imaging Center\n\n", h=P("HOSPITAL", e.hosp))
    d.add("Patient: {n}    DOB: {dob}    MRN: {m}\nAccession: {a}    Exam date: {dd}\n", n=pt(c, e, "LF", "LFM", "full"),
          dob=den(c, e.dob), m=P("MRN", e.mrn), a=P("ACCESSION", accession_en(c, c.pick("MG", "MAM", "US"))), dd=den(c, e.adm))
    if c.chance(0.45):
        d.add("Encounter #: {a}\n", a=P("ACCOUNT", acct_en(c)))
    d.add("Referring: {r}\n\n", r=clin(c, person_en(c), c.pick("MD", "NP", "CNM"), ("lf", "full")))
    d.add("EXAM: DIGITAL DIAGNOSTIC MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS; ULTRASOUND {s} BREAST, LIMITED\n\n", s=side.upper())
    d.add("HISTORY: {a} {w} recalled from screening mammogram of {dd} for a {s} breast asymmetry. ", a=age_en(c, e.age), w="woman",
          dd=den(c, plus(e.adm, -c.ri(7, 20)), c.pick("md", "mdy")), s=side)
    d.add("{fh}\n\n", fh=c.pick("Mother with ⟦fi|breast cancer⟧ at 52.", "No family history of breast cancer.", "Prior ⟦pr|excisional biopsy⟧ of the right breast (benign).",
                               "Known ⟦fi|BRCA2 mutation⟧."))
    d.add("COMPARISON: {a} and {b}", a=den(c, prior1), b=den(c, prior2))
    if c.chance(0.5):
        d.add(" from {f}", f=P("HOSPITAL", hospital_en(c)))
    d.add(".\n\nBREAST COMPOSITION: {bc}\n\n", bc=c.pick("C. Heterogeneously dense, which may obscure small masses.", "B. Scattered areas of fibroglandular density."))
    size = c.fl(0.6, 2.4)
    d.add("FINDINGS: In the ⟦an|{s} breast {q}⟧ at {k}:00, {cm} cm from the nipple, there is a {sz} ⟦fi|irregular mass⟧ with "
          "⟦fi|spiculated margins⟧ that persists on spot compression. ", s=side, q=quad, k=clock, cm=c.ri(2, 11), sz=K("MEASUREMENT", f"{size} cm"))
    d.add("Targeted ultrasound shows a {dims} ⟦fi|hypoechoic mass⟧ with ⟦fi|posterior acoustic shadowing⟧. The ⟦an|{s} axilla⟧ is {ax}.\n\n",
          dims=K("MEASUREMENT", f"{size} x {c.fl(0.5, 2.0)} x {c.fl(0.4, 1.6)} cm"), s=side,
          ax=c.pick("normal", "notable for a ⟦me|2.1 cm⟧ lymph node with ⟦fi|cortical thickening⟧"))
    d.add("IMPRESSION:\n{br}: Suspicious. Recommend ⟦pr|ultrasound-guided core needle biopsy⟧ of the {s} breast mass.\n\n",
          br=K("MEASUREMENT", c.pick("BI-RADS 4B", "BI-RADS 4C", "BI-RADS 5", "BI-RADS 4A")), s=side)
    d.add("Results discussed with the patient by telephone at {ph} on {dd}; biopsy scheduled for {bd} at {t}.\n",
          ph=P("PHONE", phone_en(c, e.city.area)), dd=den(c, e.adm, "md"), bd=den(c, plus(e.adm, c.ri(3, 10)), c.pick("long", "mdy", "abbr")), t=hhmm(c, 8, 15))
    if c.chance(0.5):
        d.add("MQSA lay letter mailed to: {a}\n", a=addr_en(c, True, e.city, two_lines=False))
    d.add("\nInterpreting radiologist: {r}\nTechnologist: {tech}\n", r=clin(c, e.att, "MD"), tech=P("NAME_CLINICIAN", person_en(c).v(c.ch(("init", "full")))))
    return d


def t_consult_letter(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.22, lo=40)
    s = scenario(c, e=e)
    d = Doc()
    me = e.att
    ref = person_en(c)
    spec = SPECIALTY[s["short"]]
    clinic = hospital_en(c, e.city, "clinic")
    d.add("{cl} | {sp}\n{addr}\nTel {ph}   Fax {fx}\n\n", cl=P("HOSPITAL", clinic), sp=spec, addr=addr_en(c, False, e.city, two_lines=False),
          ph=P("PHONE", phone_en(c, e.city.area, c.pick("paren", "dash", "dot"))), fx=P("FAX", phone_en(c, e.city.area)))
    visit = e.adm
    d.add("{dd}\n\n", dd=den(c, plus(visit, c.ri(1, 5)), c.pick("long", "dmy_long", "ord")))
    d.add("{r}\n{rc}\n{ra}\n\n", r=clin(c, ref, c.pick("MD", "DO"), ("full", "fml")), rc=P("HOSPITAL", hospital_en(c, e.city, "clinic")),
          ra=addr_en(c, False, e.city, two_lines=True))
    d.add("Re: {n}, DOB {dob}, MRN {m}\n", n=pt(c, e, "full", "fml", "FULLUP"), dob=den(c, e.dob), m=P("MRN", e.mrn))
    if c.chance(0.5):
        d.add("     {a}\n", a=addr_en(c, True, e.city, two_lines=False))
    d.add("\nDear {r},\n\n", r=c.pick(["Dr. ", P("NAME_CLINICIAN", ref.last)], [P("NAME_CLINICIAN", ref.first)]))
    d.add("Thank you for asking me to see {t} {l} in {sp} consultation on {dd} regarding {dx}. ", t=e.pt.title, l=pt(c, e, "last"),
          sp=spec.lower(), dd=den(c, visit, c.pick("long", "md_long", "mdy")), dx=s["dx"][0])
    d.add("As you know, {he} is a {a} {sx} with {p}. ", he=e.pt.he, a=age_en(c, e.age), sx=e.sexw, p=pmh_list(c, s))
    d.put(s["hpi"])
    if c.chance(0.45) and e.age < 75:
        d.add("{He} works as a {j} at {w}. ", He=e.pt.He, j=c.pick("paralegal", "mechanic", "pharmacist", "school bus driver"), w=P("WORKPLACE", company_en(c)))
    if c.chance(0.4):
        r, rel = relative(c, e)
        d.add("{He} was accompanied by {his} {rel}, {rn}. ", He=e.pt.He, his=e.pt.his, rel=rel, rn=relname(c, r, ("first", "full")))
    d.add("\n\nOn examination, {v}. {ex}\n\n", v=vitals(c), ex=s["exam"])
    d.add("Investigations: {l}. {im}\n\n", l=labs_line(c, s["labs"]), im=s["imaging"])
    d.add("My impression is {dx}. I have recommended:\n{pl}", dx=s["dx"][0], pl=bullets(s["plan"], "  - "))
    d.add("  - {m}\n", m=med(c, c.ch(s["dc"])))
    d.add("\nI will see {him} again in {n} months. Please feel free to contact me at {em} or on {ph}.\n\n",
          him=e.pt.him, n=c.ri(2, 6), em=P("EMAIL", work_email(c, me, hosp_domain(c))), ph=P("PHONE", phone_en(c, e.city.area)))
    d.add("{close}\n\n{me}\n{sp}\n", close=c.pick("With kind regards,", "Yours sincerely,", "Best regards,"), me=clin(c, me, c.pick("MD", "MD, FACC", "MD, PhD", "DO")), sp=spec)
    if c.chance(0.6):
        d.add("NPI: {n}\n", n=P("LICENSE", npi(c)))
    d.add("\ncc: {p}\n", p=c.pick(["Patient"], [P("NAME_PATIENT", e.pt.v("full"))]))
    return d


def t_pacemaker(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.3, lo=55)
    d = Doc()
    remote = c.chance(0.5)
    imp = plus(e.adm, -c.ri(200, 3000))
    d.add("{h} - CARDIAC DEVICE CLINIC\n{k}\n\n", h=P("HOSPITAL", e.hosp),
          k="REMOTE TRANSMISSION REVIEW" if remote else "IN-CLINIC PACEMAKER INTERROGATION")
    d.add("Patient: {n}    DOB: {dob}    Age: {a}\nMRN: {m}    Date: {dd}\n", n=pt(c, e, "LF", "full"), dob=den(c, e.dob),
          a=[P("AGE_OVER_89", str(e.age)) if e.age > 89 else str(e.age)], m=P("MRN", e.mrn), dd=den(c, e.adm))
    if c.chance(0.3):
        d.add("Billing account: {a}\n", a=P("ACCOUNT", acct_en(c)))
    dev = c.pick("Medtronic Azure XT DR MRI", "Abbott Assurity MRI", "Boston Scientific Accolade MRI DR", "Biotronik Edora 8 DR-T")
    d.add("\nDevice: {dv}   Serial: {sn}\nImplanted: {idd} by {doc} at {hh}\n", dv=dev, sn=P("DEVICE", device_serial(c)), idd=den(c, imp),
          doc=dr(c, person_en(c)), hh=P("HOSPITAL", hospital_en(c)))
    d.add("Leads: RA {m1} SN {s1}; RV {m2} SN {s2}\n", m1=c.pick("5076-52 cm", "Tendril STS 2088TC", "INGEVITY 7741"), s1=P("DEVICE", device_serial(c)),
          m2=c.pick("5076-58 cm", "Tendril STS 2088TC", "INGEVITY 7742"), s2=P("DEVICE", device_serial(c)))
    d.add("Indication: {ind}\n\n", ind=c.pick("⟦fi|complete heart block⟧", "⟦fi|sick sinus syndrome⟧ with ⟦fi|symptomatic bradycardia⟧",
                                             "⟦fi|Mobitz II second-degree AV block⟧", "⟦fi|tachy-brady syndrome⟧"))
    d.add("Battery: {v}, estimated longevity {y}.\n", v=K("MEASUREMENT", f"{c.fl(2.85, 3.1, 2)} V"), y=K("MEASUREMENT", f"{c.fl(2, 12)} years"))
    d.add("RA: {p}, impedance {i}, threshold {t}\n", p=K("MEASUREMENT", f"P-wave {c.fl(1.2, 4.5)} mV"), i=K("MEASUREMENT", f"{c.ri(380, 720)} ohms"),
          t=K("MEASUREMENT", f"{c.fl(0.5, 1.5, 2)} V @ 0.4 ms"))
    d.add("RV: {r}, impedance {i}, threshold {t}\n", r=K("MEASUREMENT", f"R-wave {c.fl(5, 20)} mV"), i=K("MEASUREMENT", f"{c.ri(400, 900)} ohms"),
          t=K("MEASUREMENT", f"{c.fl(0.5, 1.5, 2)} V @ 0.4 ms"))
    d.add("Pacing: {ap}, {vp}\n", ap=K("MEASUREMENT", f"AP {c.ri(1, 90)}%"), vp=K("MEASUREMENT", f"VP {c.ri(1, 99)}%"))
    d.add("Episodes: {n} atrial high-rate episodes; longest ⟦fi|atrial fibrillation⟧ {dur} on {dd}. {x}\n", n=c.ri(0, 14),
          dur=K("MEASUREMENT", f"{c.ri(1, 20)} h {c.ri(1, 59)} min"), dd=den(c, plus(e.adm, -c.ri(3, 80)), c.pick("md", "mdy")),
          x=c.pick("No ventricular arrhythmias.", "One 8-beat run of ⟦fi|NSVT⟧.", ""))
    if remote:
        d.add("\nTransmission received via {net} from bedside monitor SN {ms}", net=c.pick("CareLink", "Merlin.net", "LATITUDE", "Home Monitoring"),
              ms=P("DEVICE", device_serial(c)))
        if c.chance(0.6):
            d.add(" (IP {ip})", ip=P("IP", ip_addr(c)))
        d.add(".\n")
        if c.chance(0.5):
            d.add("Patient record: {u}\n", u=P("URL", f"https://{c.pick('clinician.carelink.medtronic.com', 'merlin.net', 'latitude.bostonscientific.com')}/patient/{c.digits(8)}"))
    d.add("\nASSESSMENT: Normal device function. ")
    if c.chance(0.4):
        d.add("AF burden {b} - discussed anticoagulation; on {m}.\n", b=K("MEASUREMENT", f"{c.ri(1, 30)}%"),
              m=med(c, c.pick("apixaban", "warfarin", "rivaroxaban")))
    else:
        d.add("{x}\n", x=c.pick("No changes.", "Reprogrammed lower rate to 60 bpm.", "Battery approaching ERI; generator change to be scheduled."))
    d.add("Next {n} in {m} months.\n\n", n=c.pick("remote check", "clinic visit"), m=c.pick(3, 6, 12))
    if c.chance(0.4):
        r, rel = relative(c, e)
        d.add("{Rel} {rn} present and updated.\n", Rel=rel.capitalize(), rn=relname(c, r, ("first", "full")))
    d.add("{sig}\n", sig=signature(c, person_en(c), e.adm, c.pick("RN, CCDS", "MD", "NP")))
    return d


def t_portal(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.05, lo=25, hi=85)
    d = Doc()
    prov = e.att
    s = scenario(c, [_sc_afib, _sc_crohn, _sc_back, _sc_dka, _sc_copd, _sc_cushing], e=e)
    sent = e.adm
    d.add("Patient Portal Message Thread  -  {cl}\n", cl=P("HOSPITAL", hospital_en(c, e.city, "clinic")))
    d.add("Subject: {s}\n\n", s=c.pick("Question about my medication", "Refill", "Test results?", "Parking pass", "Side effects"))
    d.add("From: {n} <{em}>\nSent: {dd} {t}\n", n=pt(c, e, "full", "FULLUP"), em=P("EMAIL", email_en(c, e.pt)), dd=den(c, sent, c.pick("mdy", "long", "abbr")),
          t=c.pick(hhmm(c, 0, 23), f"{c.ri(1, 12)}:{c.ri(10, 59)} PM"))
    d.add("Session: web, IP {ip}\n\n", ip=P("IP", ip_addr(c)))
    behalf = c.chance(0.35)
    r = None
    if behalf:
        r, rel = relative(c, e)
        d.add("Hi {doc}, this is {rn}, {his} {rel}, writing for {him}. ", doc=["Dr. ", P("NAME_CLINICIAN", prov.last)],
              rn=relname(c, r, ("first", "full")), his=e.pt.his,
              rel=rel, him=e.pt.him)
    else:
        d.add("{hi} {doc}, ", hi=c.pick("Hi", "Hello", "Good morning"), doc=c.pick(["Dr. ", P("NAME_CLINICIAN", prov.last)],
                                                                                    ["dr ", P("NAME_CLINICIAN", prov.v("lowerlast"))]))
    q = c.ri(0, 3)
    if q == 0:
        d.add("since starting the {m} i have had {x}. is that normal?? ", m=K("DRUG", c.ch(MEDS[c.ch(s["dc"])][0:1])),
              x=c.pick("bad headaches", "ankle swelling", "⟦fi|diarrhea⟧", "trouble sleeping"))
    elif q == 1:
        d.add("can you send a refill of {m} to the pharmacy? I only have 3 left. ", m=med(c, c.ch(s["home"])))
    elif q == 2:
        d.add("I need the form signed for the disabled parking placard. The car is a {car}, plate {pl}. ",
              car=c.pick("gray Subaru Outback", "white Ford Escape", "blue Honda CR-V"), pl=P("VEHICLE", plate_en(c, e.city.state)))
        if c.chance(0.5):
            d.add("We also use my {rel}'s van, plate {pl}. ", rel=c.pick("son", "daughter", "husband", "wife"), pl=P("VEHICLE", plate_en(c, e.city.state)))
    else:
        d.add("I saw my results on here ({l}) - what does that mean? ", l=lab(c, c.ch(s["labs"])))
    if c.chance(0.4):
        r2, rel2 = relative(c, e)
        d.add("My {rel} {rn} thinks I should come in. ", rel=rel2, rn=relname(c, r2, ("first",)))
    if r is not None:
        d.add("Thanks, {n}\n\n", n=relname(c, r, ("first", "full")))
    else:
        d.add("Thanks, {n}\n\n", n=pt(c, e, "first", "lowerfirst", "full"))
    rn_p = person_en(c)
    d.add("Reply from {who} - {dd} {t}\n", who=clin(c, rn_p if c.chance(0.5) else prov, c.pick("RN", "MD", "NP")), dd=den(c, plus(sent, c.ri(0, 2)), "mdy"),
          t=hhmm(c, 8, 17))
    d.add("Hello {n}, ", n=pt(c, e, "first", "full"))
    d.add("{x} ", x=c.pick("That can be a side effect. Please hold it tonight and we will call you.",
                           "Refill sent. Please schedule a follow up for lab work.",
                           "The form is signed and ready for pick-up at the front desk.",
                           "Your results are stable; we will review them at your visit."))
    if c.chance(0.8):
        d.add("You can upload a photo here: {u} ", u=P("URL", f"https://mychart.{hosp_domain(c)}/MyChart/upload?msg={c.digits(9)}&t={c.token(16)}"))
    d.add("\n\nStaff note: {dx}; current meds {m}. Last labs {l}. Plan: ", dx=s["dx"][0], m=join([med(c, k, "tight") for k in s["home"][:2]], ", "),
          l=labs_line(c, s["labs"][:2]))
    d.put(s["plan"][0])
    d.add("\n")
    return d


def t_immigration(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.0, lo=18, hi=70)
    d = Doc()
    exam_d = e.adm
    country = c.pick("Mexico", "India", "Philippines", "China", "Vietnam", "Nigeria", "El Salvador", "Ukraine")
    d.add("REPORT OF IMMIGRATION MEDICAL EXAMINATION (Form I-693) - CIVIL SURGEON WORKSHEET\n\n")
    d.add("Family name: {l}    Given name: {f}\n", l=P("NAME_PATIENT", e.pt.last.upper() if c.chance(0.5) else e.pt.last),
          f=P("NAME_PATIENT", e.pt.first))
    d.add("A-Number: {a}    USCIS receipt #: {r}\n", a=P("OTHER_ID", f"A{c.digits(9)}" if c.chance(0.5) else f"A-{c.digits(3)}-{c.digits(3)}-{c.digits(3)}"),
          r=P("OTHER_ID", f"{c.pick('IOE', 'MSC', 'EAC', 'LIN')}{c.digits(10)}"))
    d.add("DOB: {dob}    Sex: {sx}    Country of birth: {ct}\nPassport #: {pp}\n", dob=den(c, e.dob), sx=e.pt.sex, ct=country,
          pp=P("PASSPORT", passport_en(c)))
    d.add("U.S. address: {a}\nPhone: {ph}    Email: {em}\n", a=addr_en(c, True, e.city, two_lines=False), ph=P("PHONE", phone_en(c, e.city.area)),
          em=P("EMAIL", email_en(c, e.pt)))
    if c.chance(0.4):
        d.add("SSN: {s}\n", s=P("SSN", ssn_en(c)))
    if c.chance(0.6):
        d.add("Employer/sponsor: {w}\n", w=P("WORKPLACE", company_en(c)))
    d.add("Exam date(s): {a}; {b}\n\n", a=den(c, exam_d), b=den(c, plus(exam_d, c.ri(3, 10))))
    d.add("TUBERCULOSIS: {ig}. ", ig=K("LAB", c.pick("QuantiFERON-TB Gold Plus positive", "QuantiFERON-TB Gold Plus negative", "T-SPOT.TB positive")))
    if "positive" in d.text[-20:]:
        d.add("Chest X-ray {dd}: no ⟦fi|cavitation⟧ or ⟦fi|hilar adenopathy⟧; ⟦fi|latent TB infection⟧. Treatment: {m} x 4 months.\n",
              dd=den(c, plus(exam_d, 2), "md"), m=[K("DRUG", "rifampin"), " ", K("DOSE", "600 mg daily")])
    else:
        d.add("No further TB evaluation required.\n")
    d.add("SYPHILIS: {r}.  GONORRHEA NAAT: negative.\n", r=K("LAB", c.pick("RPR nonreactive", "RPR reactive 1:8, TP-PA positive")))
    d.add("VACCINATIONS administered: {a}; {b}; {cc}\n", a=[K("DRUG", "MMR"), " ", K("DOSE", "0.5 mL SC")], b=[K("DRUG", "Tdap"), " ", K("DOSE", "0.5 mL IM")],
          cc=c.pick(K("DRUG", "varicella vaccine"), K("DRUG", "COVID-19 vaccine (2024-2025 formula)"), K("DRUG", "influenza vaccine")))
    d.add("VITALS: {v}; {bmi}\n", v=vitals(c), bmi=K("MEASUREMENT", f"BMI {c.fl(18.5, 38.0)}"))
    d.add("PHYSICAL/MENTAL: {x}\n", x=c.pick("No Class A or B conditions.", "Class B: ⟦fi|hypertension⟧, BP ⟦me|152/94⟧, referred to PCP.",
                                            "History of ⟦fi|major depressive disorder⟧, stable on ⟦dr|sertraline⟧ ⟦do|50 mg⟧."))
    d.add("\nCivil surgeon: {p}, {addr}\n", p=clin(c, e.att, "MD"), addr=[P("HOSPITAL", hospital_en(c, e.city, "clinic")), ", ", P("CITY", e.city.city)])
    d.add("Medical license {st} {ln}\n", st=e.city.state, ln=P("LICENSE", state_license(c, e.city.state)))
    return d


def t_prior_auth(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.04, lo=18, hi=80)
    d = Doc()
    me = e.att
    clinic = hospital_en(c, e.city, "clinic")
    plan, mid = insurance_en(c)
    drug = c.ch([("adalimumab", "Humira", "40 mg SC every other week", "⟦fi|moderate to severe plaque psoriasis⟧", ["⟦dr|methotrexate⟧", "⟦pr|narrowband UVB phototherapy⟧"]),
                 ("dupilumab", "Dupixent", "300 mg SC every 2 weeks", "⟦fi|severe atopic dermatitis⟧", ["⟦dr|triamcinolone⟧ ointment", "⟦dr|tacrolimus⟧ ointment"]),
                 ("semaglutide", "Wegovy", "2.4 mg SC weekly", "⟦fi|class III obesity⟧ with ⟦fi|obstructive sleep apnea⟧", ["⟦dr|phentermine⟧", "⟦dr|metformin⟧"]),
                 ("ustekinumab", "Stelara", "90 mg SC every 8 weeks", "⟦ep|Crohn's disease⟧ of the ⟦an|terminal ileum⟧", ["⟦dr|infliximab⟧", "⟦dr|azathioprine⟧"]),
                 ("evolocumab", "Repatha", "140 mg SC every 2 weeks", "⟦fi|heterozygous familial hypercholesterolemia⟧", ["⟦dr|atorvastatin⟧ 80 mg", "⟦dr|ezetimibe⟧"])])
    gen, brand, dose, dx, tried = drug
    d.add("{cl}\n{a}\nPhone {ph}  Fax {fx}\n\n{dd}\n\n", cl=P("HOSPITAL", clinic), a=addr_en(c, False, e.city, two_lines=False),
          ph=P("PHONE", phone_en(c, e.city.area)), fx=P("FAX", phone_en(c, e.city.area)), dd=den(c, e.adm, c.pick("long", "mdy")))
    d.add("{pl} - Pharmacy Prior Authorization\nFax: {fx}\n\n", pl=plan.split(" (")[0], fx=P("FAX", phone_en(c, style="one_dash")))
    d.add("RE: Letter of Medical Necessity\nPatient: {n}    DOB: {dob}\nMember ID: {mid}", n=pt(c, e, "full", "LF"), dob=den(c, e.dob), mid=P("INSURANCE", mid))
    if c.chance(0.6):
        d.add("    Group: {g}", g=P("INSURANCE", group_no(c)))
    d.add("\nReference/case #: {r}\n", r=P("OTHER_ID", c.pick(f"PA-{c.digits(9)}", f"{c.digits(4)}-{c.digits(7)}", f"CASE{c.digits(8)}")))
    if c.chance(0.65):
        d.add("Address: {a}\n", a=addr_en(c, True, e.city, two_lines=False))
    d.add("Medication requested: {g} ({b}) {do}\n\n", g=K("DRUG", gen), b=K("DRUG", brand), do=K("DOSE", dose))
    d.add("To the Medical Director:\n\nI am writing on behalf of my patient, {n}, to request coverage of {b} for {dx}. ",
          n=pt(c, e, "full", "fml"), b=K("DRUG", brand), dx=dx)
    d.add("{He} has tried and failed {t1} (from {d1} to {d2}) and {t2}, with inadequate response. ", He=e.pt.He, t1=tried[0], t2=tried[1],
          d1=den(c, plus(e.adm, -c.ri(500, 900)), c.pick("mdy", "abbr")), d2=den(c, plus(e.adm, -c.ri(200, 480)), c.pick("mdy", "abbr")))
    d.add("Most recent labs: {l}. ", l=labs_line(c, c.sample(["crp", "a1c", "ldl", "alt", "cr"], 2)))
    d.add("Comorbidities include {p}; current medications are {m}. ", p=c.pick("⟦fi|hypertension⟧ and ⟦fi|hyperlipidemia⟧", "⟦fi|type 2 diabetes mellitus⟧",
                                                                            "⟦fi|psoriatic arthritis⟧ and ⟦fi|depression⟧", "⟦fi|asthma⟧"),
          m=join([med(c, k, "g") for k in c.sample(["lisinopril", "atorvastatin", "metformin", "sertraline", "albuterol", "vitd"], 3)], ", "))
    d.add("Denial of this medication would likely result in disease progression and hospitalization.\n\n")
    d.add("Please contact my office at {ph} with questions.\n\nSincerely,\n{me}\nNPI {n}", ph=P("PHONE", phone_en(c, e.city.area)), me=clin(c, me, "MD", ("full", "fml")),
          n=P("LICENSE", npi(c)))
    if c.chance(0.5):
        d.add("   DEA {dea}", dea=P("LICENSE", dea(c, me.last)))
    d.add("\n{em}\n", em=P("EMAIL", work_email(c, me, hosp_domain(c))))
    return d


LAB_PANEL = [("Sodium", 121, 146, 0, "mmol/L", "136-145"), ("Potassium", 2.8, 6.6, 1, "mmol/L", "3.5-5.1"),
             ("Creatinine", 0.5, 5.0, 2, "mg/dL", "0.60-1.20"), ("Glucose", 55, 480, 0, "mg/dL", "70-99"),
             ("Hemoglobin A1c", 5.0, 13.0, 1, "%", "4.0-5.6"), ("Hemoglobin", 6.5, 17.0, 1, "g/dL", "12.0-16.0"),
             ("Platelets", 30, 520, 0, "K/uL", "150-400"), ("TSH", 0.01, 14.0, 2, "mIU/L", "0.45-4.50"),
             ("LDL Cholesterol", 40, 220, 0, "mg/dL", "<100"), ("ALT", 8, 400, 0, "U/L", "7-56"),
             ("Troponin I, hs", 2, 4800, 0, "ng/L", "<34"), ("INR", 0.9, 5.1, 1, "", "0.9-1.1"),
             ("Ferritin", 4, 900, 0, "ng/mL", "15-150"), ("Vitamin B12", 110, 1400, 0, "pg/mL", "200-900")]


def t_lab_report(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.18, lo=18)
    d = Doc()
    lab_name = c.pick(f"{e.city.city} Regional Laboratory", f"{hospital_en(c, e.city)} Clinical Laboratory", "Pathology Associates Reference Lab")
    coll = e.adm
    d.add("{lab}\nCLINICAL LABORATORY REPORT\n\n", lab=P("HOSPITAL", lab_name))
    d.add("Patient: {n}    Sex: {sx}    DOB: {dob}    Age: {a}\n", n=pt(c, e, "LF", "LFM"), sx=e.pt.sex, dob=den(c, e.dob, "mdy"),
          a=[P("AGE_OVER_89", f"{e.age}Y") if e.age > 89 else f"{e.age}Y"])
    d.add("Patient ID: {m}    Accession: {a}    Specimen ID: {s}\n", m=P("MRN", e.mrn), a=P("ACCESSION", accession_en(c, c.pick("L", "CH", "HEM"))),
          s=P("ACCESSION", c.pick(f"{c.digits(10)}", f"SP{c.digits(8)}")))
    if c.chance(0.6):
        d.add("Requisition #: {r}    Patient account: {ac}\n", r=P("OTHER_ID", f"{c.letters(1)}{c.digits(7)}"), ac=P("ACCOUNT", acct_en(c)))
    if c.chance(0.5):
        d.add("SSN: {s}\n", s=P("SSN", ssn_en(c)))
    d.add("Patient phone: {ph}\n", ph=P("PHONE", phone_en(c, e.city.area)))
    prov = person_en(c)
    d.add("Ordering provider: {p}   NPI: {n}\n", p=clin(c, prov, "MD", ("lf", "full")), n=P("LICENSE", npi(c)))
    if c.chance(0.7):
        plan, mid = insurance_en(c)
        d.add("Bill to: {pl}   ID {mid}\n", pl=plan, mid=P("INSURANCE", mid))
    d.add("Collected: {a} {t1}   Received: {b} {t2}   Reported: {cc} {t3}\n\n", a=den(c, coll, "mdy"), t1=hhmm(c, 6, 11),
          b=den(c, coll, "mdy"), t2=hhmm(c, 11, 14), cc=den(c, plus(coll, c.ri(0, 2)), "mdy"), t3=hhmm(c, 14, 20))
    d.add("RESULTS\n")
    crit = None
    for name, lo, hi, nd, unit, ref in c.sample(LAB_PANEL, c.ri(4, 7)):
        v = c.r.uniform(lo, hi)
        vs = f"{v:.{nd}f}"
        flag = ""
        if name == "Potassium" and v > 6.0:
            flag, crit = " (HH)", f"{name} {vs}"
        d.add("  {k}{fl}   [ref {ref}]\n", k=K("LAB", f"{name}: {vs} {unit}".rstrip()), fl=flag, ref=ref)
    d.add("\nInterpretation: {x}\n", x=c.pick("Consistent with ⟦fi|iron deficiency⟧.", "Suggests ⟦fi|subclinical hypothyroidism⟧.",
                                              "⟦fi|Acute kidney injury⟧ cannot be excluded; compare with prior.", "See individual results."))
    if crit or c.chance(0.4):
        d.add("CRITICAL VALUE called to and read back by {rn}, RN at {t} on {dd} by {tech}.\n", rn=P("NAME_CLINICIAN", person_en(c).v(c.ch(("full", "init", "first")))),
              t=hhmm(c), dd=den(c, coll, c.pick("md", "mdy")), tech=P("NAME_CLINICIAN", person_en(c).v(c.ch(("init", "full")))))
    d.add("Results faxed to {fx}.\n", fx=P("FAX", phone_en(c, e.city.area)))
    d.add("\nLaboratory director: {p}, CLIA {cl}\n", p=clin(c, person_en(c), c.pick("MD", "PhD")), cl=f"{c.digits(2)}D{c.digits(7)}")
    return d


def t_ob_delivery(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.0, sex="F", lo=18, hi=43)
    d = Doc()
    partner = person_en(c, c.wpick((8, "M"), (2, "F")))
    baby_sex = c.pick("F", "M")
    baby = person_en(c, baby_sex, last=c.pick(e.pt.last, partner.last))
    dod = e.adm
    d.add("DELIVERY NOTE\n{h} Labor & Delivery\n\n", h=P("HOSPITAL", e.hosp))
    d.add("Patient: {n}   Age: {a}   G{g}P{p}   MRN: {m}\nEDD: {edd}\n", n=pt(c, e, "full", "LF"), a=e.age, g=c.ri(1, 5), p=c.ri(0, 3),
          m=P("MRN", e.mrn), edd=den(c, plus(dod, c.ri(-14, 10))))
    d.add("Date of delivery: {dd}   Time: {t}\n", dd=den(c, dod), t=hhmm(c))
    d.add("Attending: {a}   Resident: {r}\n", a=clin(c, e.att, "MD"), r=clin(c, person_en(c), "MD"))
    d.add("Support person: {pn} ({rel})\n\n", pn=P("NAME_RELATIVE", partner.v(c.ch(("full", "first")))), rel=c.pick("partner", "husband", "FOB") if partner.sex == "M" else "wife")
    d.add("LABOR: ")
    if c.chance(0.6):
        d.add("Induced at {ga} for {ind}. Initial ⟦ep|Bishop score⟧ {b}; cervical ripening with {m}, then {o}. ", ga=f"{c.ri(37, 41)}w{c.ri(0, 6)}d",
              ind=c.pick("⟦fi|preeclampsia without severe features⟧", "⟦fi|gestational diabetes⟧ (A2)", "postdates", "⟦fi|oligohydramnios⟧"),
              b=c.ri(2, 5), m=med(c, "misoprostol", "g"), o=[K("DRUG", "oxytocin"), " per protocol"])
    else:
        d.add("Spontaneous labor at {ga}. ", ga=f"{c.ri(37, 41)}w{c.ri(0, 6)}d")
    d.add("{lab} ⟦pr|Epidural⟧ placed at {cm} cm. ", lab=K("LAB", c.pick("GBS positive", "GBS negative")), cm=c.ri(3, 6))
    if "positive" in d.text[-40:]:
        d.add("Received ⟦dr|penicillin G⟧ x{n} doses (adequate). ", n=c.ri(2, 4))
    d.add("Second stage {m} minutes.\n\n", m=c.ri(12, 160))
    d.add("DELIVERY: {mode} of a live-born {sx}, ", mode=c.pick("⟦pr|Spontaneous vaginal delivery⟧", "⟦pr|Vacuum-assisted vaginal delivery⟧",
                                                              "⟦pr|Low transverse cesarean section⟧"), sx="female" if baby_sex == "F" else "male")
    if c.chance(0.6):
        d.add("named {bn} by the parents, ", bn=P("NAME_RELATIVE", baby.first))
    d.add("from {pos} position. {ap} ⟦ep|Apgar⟧ scores. Weight {w}.\n", pos=c.pick("OA", "LOA", "ROA", "OP"),
          ap=K("MEASUREMENT", f"{c.ri(6, 9)}/{c.ri(8, 9)}"), w=K("MEASUREMENT", f"{c.ri(2600, 4400)} g"))
    d.add("Placenta delivered spontaneously, intact, three-vessel cord. {lac} {ebl}.\n", lac=c.pick("⟦fi|Second-degree laceration⟧ repaired with ⟦me|3-0⟧ Vicryl.",
                                                                                                   "Intact perineum.", "⟦fi|First-degree laceration⟧, hemostatic."),
          ebl=K("MEASUREMENT", f"QBL {c.ri(180, 1200)} mL"))
    if c.chance(0.35):
        d.add("Cord blood banked, kit ID {k}.\n", k=P("OTHER_ID", f"{c.letters(2)}{c.digits(8)}"))
    d.add("Maternal blood type {bt}; {rh}.\n", bt=K("LAB", c.pick("O positive", "A positive", "B negative", "AB positive")),
          rh=c.pick("⟦dr|Rho(D) immune globulin⟧ indicated", "rubella immune", "⟦lab|HIV negative⟧"))
    d.add("Postpartum: {m}; breastfeeding. Baby to couplet care; pediatrician {p}.\n\n", m=med(c, c.pick("ibuprofen", "acetaminophen")), p=dr(c, person_en(c)))
    d.add("{sig}\n", sig=signature(c, e.att, dod, c.pick("MD", "CNM", "DO")))
    return d


def t_echo(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.2, lo=30)
    d = Doc()
    d.add("TRANSTHORACIC ECHOCARDIOGRAM REPORT\n{h} Echocardiography Laboratory\n\n", h=P("HOSPITAL", e.hosp))
    d.add("Name: {n}   MRN: {m}   DOB: {dob}   Age: {a}   Sex: {sx}\n", n=pt(c, e, "LF", "full"), m=P("MRN", e.mrn), dob=den(c, e.dob),
          a=[P("AGE_OVER_89", str(e.age)) if e.age > 89 else str(e.age)], sx=e.pt.sex)
    d.add("Height: {h}  Weight: {w}  BSA: {b}  BP: {bp}  HR: {hr}\n", h=K("MEASUREMENT", f"{c.ri(150, 190)} cm"), w=K("MEASUREMENT", f"{c.ri(45, 130)} kg"),
          b=K("MEASUREMENT", f"{c.fl(1.5, 2.4, 2)} m2"), bp=K("MEASUREMENT", f"{c.ri(100, 170)}/{c.ri(55, 95)}"), hr=K("MEASUREMENT", f"{c.ri(52, 110)} bpm"))
    d.add("Study date: {dd}   Study #: {s}   Location: {loc}\n", dd=den(c, e.adm), s=P("ACCESSION", accession_en(c, "ECHO")), loc=c.pick("Outpatient", "Inpatient 5 East", "ED"))
    if c.chance(0.5):
        d.add("Encounter: {a}\n", a=P("ACCOUNT", acct_en(c)))
    d.add("Referring: {r}   Sonographer: {s}, RDCS\n", r=dr(c, person_en(c)), s=P("NAME_CLINICIAN", person_en(c).v(c.ch(("full", "init")))))
    d.add("Indication: {i}\n\n", i=c.pick("⟦fi|dyspnea⟧", "⟦fi|murmur⟧", "⟦fi|syncope⟧", "pre-operative evaluation", "⟦fi|atrial fibrillation⟧"))
    ef = c.ri(20, 65)
    d.add("FINDINGS\nLeft ventricle: {sz}. {ef} by the ⟦ep|biplane Simpson method⟧. {wm}\n", sz=c.pick("Normal size", "Mildly dilated", "Concentric hypertrophy"),
          ef=K("MEASUREMENT", f"LVEF {ef}%"), wm="Normal wall motion." if ef > 50 else "⟦fi|Global hypokinesis⟧.")
    d.add("⟦an|Aortic valve⟧: {av}\n", av=c.pick(["Trileaflet, ⟦fi|moderate aortic stenosis⟧, ", K("MEASUREMENT", f"AVA {c.fl(0.8, 1.4)} cm2"), ", ",
                                                   K("MEASUREMENT", f"mean gradient {c.ri(20, 42)} mmHg"), "."],
                                                  "Trileaflet, mildly sclerotic, no stenosis.", "⟦fi|Bicuspid aortic valve⟧ with ⟦fi|mild aortic regurgitation⟧."))
    d.add("⟦an|Mitral valve⟧: {mv}\n", mv=c.pick("⟦fi|Mild mitral regurgitation⟧.", "⟦fi|Mitral annular calcification⟧, no stenosis.", "Normal."))
    d.add("⟦an|Right ventricle⟧: normal size, {t}. {rv}\n", t=K("MEASUREMENT", f"TAPSE {c.fl(1.2, 2.6)} cm"), rv=K("MEASUREMENT", f"RVSP {c.ri(22, 65)} mmHg"))
    d.add("Pericardium: {p}\n", p=c.pick("No ⟦fi|pericardial effusion⟧.", "Small ⟦fi|pericardial effusion⟧ without tamponade."))
    if c.chance(0.3):
        d.add("Device: {dv} (SN {sn}) in place; inflow cannula well positioned.\n", dv=c.pick("HeartMate 3 LVAD", "Impella CP"), sn=P("DEVICE", device_serial(c)))
    d.add("\nComparison: prior study {dd}{w}.\n", dd=den(c, plus(e.adm, -c.ri(120, 1400))), w=c.pick(", LVEF was 55%", "", ", no significant change"))
    d.add("\nCONCLUSIONS\n1. {x}\n2. {y}\n\n", x=K("MEASUREMENT", f"LVEF {ef}%"), y=c.pick("⟦fi|Grade II diastolic dysfunction⟧.", "⟦fi|Moderate aortic stenosis⟧.", "No significant valvular disease."))
    d.add("{sig}\n", sig=signature(c, e.att, e.adm, c.pick("MD", "MD, FASE")))
    return d


def t_death(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.5, lo=45)
    d = Doc()
    dod = e.adm
    rn = person_en(c)
    trauma = c.chance(0.4)
    d.add("DEATH NOTE\n{h}\n\n", h=P("HOSPITAL", e.hosp))
    hh, mm = c.ri(0, 22), c.ri(0, 40)
    d.add("Called to the bedside by {rn}, RN, at {t} to evaluate {n} ({m}). ", rn=P("NAME_CLINICIAN", rn.v(c.ch(("full", "first")))), t=f"{hh:02d}:{mm:02d}",
          n=pt(c, e, "full", "LF"), m=P("MRN", e.mrn))
    d.add("No spontaneous respirations, no heart sounds auscultated over one minute, pupils fixed and dilated, no response to painful stimuli. ")
    d.add("Patient pronounced dead at {t} on {dd}.\n\n", t=f"{hh:02d}:{mm + c.ri(3, 15):02d}", dd=den(c, dod, c.pick("mdy", "long", "iso")))
    d.add("Age: {a}\n", a=[P("AGE_OVER_89", str(e.age)) if e.age > 89 else str(e.age)])
    if trauma:
        d.add("Cause of death: (a) ⟦fi|traumatic brain injury⟧ with ⟦fi|subdural hematoma⟧ (b) motor vehicle collision.\n")
        d.add("Pt was the driver of a {car} (VIN {v}, plate {pl}) per police report.\n", car=c.pick("2015 Jeep Cherokee", "2010 Honda Odyssey", "2018 Dodge Ram"),
              v=P("VEHICLE", vin(c)), pl=P("VEHICLE", plate_en(c, e.city.state)))
    else:
        d.add("Cause of death: (a) {a} due to (b) {b}\n", a=c.pick("⟦fi|cardiogenic shock⟧", "⟦fi|acute hypoxemic respiratory failure⟧", "⟦fi|septic shock⟧"),
              b=c.pick("⟦fi|ischemic cardiomyopathy⟧", "⟦fi|aspiration pneumonia⟧", "⟦fi|metastatic pancreatic adenocarcinoma⟧", "⟦ep|Parkinson's disease⟧"))
    if trauma:
        d.add("Course: CT head showed ⟦fi|acute subdural hematoma⟧ ({mm}) with ⟦fi|midline shift⟧ and ⟦fi|uncal herniation⟧; "
              "⟦ep|Glasgow Coma Scale⟧ 3 on arrival, ⟦fi|fixed and dilated pupils⟧. Neurosurgery: not a surgical candidate. "
              "Received {m} and {m2}. Family elected comfort care.\n", mm=K("MEASUREMENT", f"{c.ri(9, 24)} mm"),
              m=[K("DRUG", "tranexamic acid"), " ", K("DOSE", "1 g IV")], m2=[K("DRUG", "hypertonic saline"), " ", K("DOSE", "3%")])
    else:
        s = scenario(c, ELDERLY_SCENARIOS)
        d.add("Course: admitted with {w}; ", w=s["short"])
        d.put(s["hpi"])
        d.add("{im} Treated with {m}. Last labs: {l}. Transitioned to comfort care after goals-of-care discussion.\n",
              im=s["imaging"], m=join([med(c, k, "g") for k in (s["inpt"] or ["morphine"])], ", "), l=labs_line(c, s["labs"][:3]))
    r, rel = relative(c, e)
    d.add("\nFamily: {rel} {rn} notified by telephone at {ph} at {t}", rel=rel, rn=relname(c, r, ("full", "fml")), ph=P("PHONE", phone_en(c)), t=hhmm(c))
    if c.chance(0.5):
        r2, rel2 = relative(c, e)
        d.add("; {rel} {rn} at bedside", rel=rel2, rn=relname(c, r2, ("first", "full")))
    d.add(". Attending {a} notified.\n", a=dr(c, e.att))
    d.add("Autopsy: {x}. ", x=c.pick("declined by family", "requested", "not offered - ME case"))
    if trauma or c.chance(0.3):
        d.add("Medical examiner notified; case #{n}. ", n=P("OTHER_ID", f"ME{c.ri(18, 24)}-{c.digits(5, False)}"))
    d.add("OPO notified, referral #{n}.\n", n=P("OTHER_ID", f"{c.digits(6)}-{c.digits(3, False)}"))
    d.add("\nDEATH CERTIFICATE WORKSHEET\n")
    if c.chance(0.8):
        d.add("SSN: {s}\n", s=P("SSN", ssn_en(c)))
    d.add("Residence: {a}\n", a=addr_en(c, True, e.city, two_lines=False))
    if c.chance(0.6):
        d.add("Usual occupation: {o}; employer/industry: {w}\n", o=c.pick("machinist", "homemaker", "nurse", "farmer", "accountant"), w=P("WORKPLACE", company_en(c)))
    d.add("Father's name: {f}    Mother's maiden name: {m}\n", f=P("NAME_RELATIVE", person_en(c, "M", last=e.pt.last).v("full")),
          m=P("NAME_RELATIVE", person_en(c, "F").v(c.ch(("full", "last")))))
    d.add("Informant: {rn} ({rel})\n", rn=relname(c, r, ("full",)), rel=rel)
    if c.chance(0.15):
        d.add("Foreign national; passport {pp} ({ct}). Consulate notified.\n", pp=P("PASSPORT", passport_en(c)), ct=c.pick("Canada", "Mexico", "Germany"))
    d.add("Certificate #: {n}\n\n", n=P("OTHER_ID", f"{dod.year}-{c.digits(6, False)}"))
    d.add("{sig}\n", sig=signature(c, person_en(c), dod, "MD"))
    return d


def t_pharmacy(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.16, lo=40)
    d = Doc()
    ph_name = c.pick(f"{e.city.city} Outpatient Pharmacy", "Walgreens #" + c.digits(5), "CVS Pharmacy #" + c.digits(4), f"{hospital_en(c, e.city)} Pharmacy")
    presc = person_en(c)
    d.add("ANTICOAGULATION CLINIC - PHARMACIST NOTE\n{cl}\n\n", cl=P("HOSPITAL", hospital_en(c, e.city, "clinic")))
    d.add("Patient: {n}    DOB: {dob}    MRN: {m}\nDate: {dd}\n", n=pt(c, e, "full", "LF"), dob=den(c, e.dob), m=P("MRN", e.mrn), dd=den(c, e.adm))
    ind = c.pick("⟦fi|atrial fibrillation⟧", "⟦fi|mechanical mitral valve⟧", "recurrent ⟦fi|DVT⟧", "⟦fi|left ventricular thrombus⟧")
    goal = "2.5-3.5" if "mechanical" in ind else "2.0-3.0"
    d.add("Indication: {i}. Goal INR {g}.\n", i=ind, g=goal)
    inr = c.fl(1.4, 4.6)
    d.add("Today: {i} (point of care)", i=K("LAB", f"INR {inr}"))
    if c.chance(0.4):
        d.add(" on home meter CoaguChek XS, SN {sn}", sn=P("DEVICE", device_serial(c)))
    d.add(".\nCurrent regimen: {w} {wk} ({x}).\n", w=K("DRUG", "warfarin"), wk=K("DOSE", f"{c.ch((25, 27.5, 30, 35, 37.5, 42.5))} mg/week"),
          x=c.pick("5 mg daily except 2.5 mg Mon/Fri", "7.5 mg Tue/Thu, 5 mg other days", "5 mg daily"))
    d.add("Interacting meds: {m}. Missed doses: {md}. Diet: {di}. Bleeding: {b}.\n", m=c.pick(["started ", med(c, "augmentin", "g"), " 4 days ago"], "none new",
                                                                                            ["⟦dr|amiodarone⟧ dose increased"]),
          md=c.pick("none", "1"), di=c.pick("more salads this week", "unchanged"), b=c.pick("denies", "mild gum bleeding"))
    d.add("Other meds: {m}.\n", m=join([med(c, k) for k in c.sample(["metoprolol_s", "atorvastatin", "lisinopril", "furosemide",
                                                                      "levothyroxine", "omeprazole", "metformin", "amlodipine"], 3)], "; "))
    d.add("Recent labs: {l}.\n", l=labs_line(c, ["hgb", "plt", "cr", "alt"]))
    d.add("\nPLAN: {p}. Recheck INR {dd}.\n", p=c.pick("Hold tonight, then resume at 10% lower weekly dose", "No change", "Boost 2.5 mg x1 then continue"),
          dd=den(c, plus(e.adm, c.ri(5, 21)), c.pick("md", "mdy", "abbr")))
    d.add("New Rx #{rx} sent to {phn}, {a}, phone {ph}, fax {fx}.\n", rx=P("OTHER_ID", c.digits(7)), phn=P("HOSPITAL", ph_name),
          a=[P("ADDRESS_STREET", street_en(c)), ", ", P("CITY", e.city.city)], ph=P("PHONE", phone_en(c, e.city.area)), fx=P("FAX", phone_en(c, e.city.area)))
    d.add("Prescriber: {p}, NPI {n}, DEA {dea}\n", p=dr(c, presc, ("full",)), n=P("LICENSE", npi(c)), dea=P("LICENSE", dea(c, presc.last)))
    if c.chance(0.7):
        d.add("PBM: {pbm}, member ID {mid}, BIN 610014, PCN CVSCARE\n", pbm=c.pick("Express Scripts", "CVS Caremark", "OptumRx"),
              mid=P("INSURANCE", c.letters(3) + c.digits(9)))
    if c.chance(0.55):
        d.add("Meter supplies mailed to: {a}\n", a=addr_en(c, True, e.city, two_lines=False))
    d.add("Patient reachable at {ph}{em}.\n\n", ph=P("PHONE", phone_en(c, e.city.area)), em=[" / ", P("EMAIL", email_en(c, e.pt))] if c.chance(0.5) else "")
    d.add("{p}\n", p=clin(c, person_en(c), c.pick("PharmD, CACP", "PharmD, BCPS", "PharmD")))
    return d


def t_ems(c: Ctx) -> Doc:
    e = Enc(c, p_old=0.1, lo=18)
    d = Doc()
    agency = c.pick(f"{e.city.city} Fire Department", f"{e.city.city} EMS", f"{c.fen.last_name()} Ambulance Service", "County EMS District 4")
    d.add("EMS PATIENT CARE REPORT\nAgency: {a}   Unit: Medic {u}\n", a=P("HOSPITAL", agency) if "County" not in agency else agency, u=c.ri(1, 60))
    d.add("Incident #: {n}   Date: {dd}\n", n=P("OTHER_ID", f"{e.adm.year}-{c.digits(6, False)}"), dd=den(c, e.adm, c.pick("mdy", "iso", "mdyy")))
    crew = [person_en(c), person_en(c)]
    d.add("Crew: {a}, Paramedic; {b}, EMT\n", a=P("NAME_CLINICIAN", crew[0].v(c.ch(("full", "LF", "init")))), b=P("NAME_CLINICIAN", crew[1].v(c.ch(("full", "LF", "init")))))
    t0 = c.ri(0, 22)
    d.add("Times: dispatch {a}, on scene {b}, transport {cc}, at destination {dd}\n", a=f"{t0:02d}:{c.ri(0, 14):02d}", b=f"{t0:02d}:{c.ri(15, 25):02d}",
          cc=f"{t0:02d}:{c.ri(30, 44):02d}", dd=f"{t0:02d}:{c.ri(45, 59):02d}")
    d.add("Incident location: {a}, {city}\n\n", a=P("ADDRESS_STREET", street_en(c)), city=P("CITY", e.city.city))
    d.add("PATIENT: {n}   Age: {a}   DOB: {dob}\nHome address: {ha}\n", n=pt(c, e, "LF", "full"), a=[P("AGE_OVER_89", str(e.age)) if e.age > 89 else str(e.age)],
          dob=den(c, e.dob), ha=addr_en(c, True, e.city, two_lines=False))
    kind = c.ri(0, 3) if e.age < 70 else c.ri(0, 2)
    d.add("\nNARRATIVE: ")
    if kind <= 1:
        d.add("Dispatched for MVC. Found pt {pos} of a {car}{pl}, ambulatory at scene, c/o ⟦fi|neck pain⟧ and ⟦fi|chest wall pain⟧. ",
              pos=c.pick("restrained driver", "unrestrained passenger"), car=c.pick("silver sedan", "black pickup", "red hatchback"),
              pl=[" (plate ", P("VEHICLE", plate_en(c, e.city.state)), ")"] if c.chance(0.8) else "")
        if c.chance(0.5):
            d.add("Second vehicle {pl} left the scene. ", pl=P("VEHICLE", plate_en(c, e.city.state)))
        d.add("⟦pr|Cervical collar⟧ applied; {m}.", m=[K("DRUG", "fentanyl"), " ", K("DOSE", "50 mcg IV")])
    elif kind == 2:
        d.add("Pt c/o substernal chest pain x40 min. {ecg}: ⟦fi|ST elevation⟧ in ⟦an|II, III, aVF⟧; STEMI alert called. Given {a} and {n}.",
              ecg=K("PROCEDURE", "12-lead ECG"), a=[K("DRUG", "aspirin"), " ", K("DOSE", "324 mg PO")], n=[K("DRUG", "nitroglycerin"), " ", K("DOSE", "0.4 mg SL")])
    else:
        d.add("Work injury at {w}: pt fell ~{ft} ft from scaffolding, brief ⟦fi|loss of consciousness⟧. ⟦ep|Glasgow Coma Scale⟧ 14 at scene; ⟦pr|spinal motion restriction⟧.",
              w=P("WORKPLACE", company_en(c)), ft=c.ri(6, 15))
    if c.chance(0.18):
        d.add(" Pt is a tourist from {ct}; passport {pp} handed to ED registration.", ct=c.pick("Germany", "Australia", "Brazil", "South Korea"), pp=P("PASSPORT", passport_en(c)))
    s = scenario(c, [_sc_chf, _sc_afib, _sc_copd, _sc_dka, _sc_parkinson])
    d.add("\nPMH: {p}. Meds per family: {m}. Allergies: {a}.\n", p=pmh_list(c, s), m=join([med(c, k, "g") for k in s["home"][:3]], ", "),
          a=allergies(c))
    d.add("VITALS: {v}\n", v=vitals(c, sick=True))
    d.add("GLUCOSE: {g}   ECG: {e}\n", g=K("LAB", f"BGL {c.ri(70, 260)} mg/dL"), e=c.pick("⟦fi|sinus tachycardia⟧", "⟦fi|atrial fibrillation⟧", "⟦fi|normal sinus rhythm⟧"))
    d.add("DESTINATION: {h}; report to {rn}, RN.\n", h=P("HOSPITAL", e.hosp), rn=P("NAME_CLINICIAN", person_en(c).v(c.ch(("first", "full")))))
    return d


# =========================================================================== registry

TEMPLATES_DEV = [
    ("en_hp", t_hp), ("en_discharge", t_discharge), ("en_ed", t_ed), ("en_ct_chest", t_ct_chest),
    ("en_pathology", t_pathology), ("en_referral", t_referral), ("en_nursing", t_nursing), ("en_phone", t_phone),
    ("en_soap", t_soap), ("en_opnote", t_opnote), ("en_telehealth", t_telehealth), ("en_occ_health", t_occ),
    ("en_social_work", t_socialwork), ("en_face_sheet", t_facesheet), ("en_hospice", t_hospice),
    ("en_research", t_research), ("en_newborn", t_newborn), ("en_psych", t_psych), ("en_travel", t_travel),
    ("en_transfer", t_transfer),
]
TEMPLATES_HOLDOUT = [
    ("en_mammo", t_mammo), ("en_consult_letter", t_consult_letter), ("en_pacemaker", t_pacemaker),
    ("en_portal", t_portal), ("en_immigration", t_immigration), ("en_prior_auth", t_prior_auth),
    ("en_lab_report", t_lab_report), ("en_ob_delivery", t_ob_delivery), ("en_echo", t_echo), ("en_death", t_death),
    ("en_pharmacy", t_pharmacy), ("en_ems", t_ems),
]
