// ISO 3166-1 numeric -> alpha-3, for the 177 country shapes of world-atlas
// countries-110m (Natural Earth). Three shapes there carry no numeric id and
// are matched by name instead (see NAMED).
const PAIRS =
  "004AFG 008ALB 010ATA 012DZA 024AGO 031AZE 032ARG 036AUS 040AUT 044BHS " +
  "050BGD 051ARM 056BEL 064BTN 068BOL 070BIH 072BWA 076BRA 084BLZ 090SLB " +
  "096BRN 100BGR 104MMR 108BDI 112BLR 116KHM 120CMR 124CAN 140CAF 144LKA " +
  "148TCD 152CHL 156CHN 158TWN 170COL 178COG 180COD 188CRI 191HRV 192CUB " +
  "196CYP 203CZE 204BEN 208DNK 214DOM 218ECU 222SLV 226GNQ 231ETH 232ERI " +
  "233EST 238FLK 242FJI 246FIN 250FRA 260ATF 262DJI 266GAB 268GEO 270GMB " +
  "275PSE 276DEU 288GHA 300GRC 304GRL 320GTM 324GIN 328GUY 332HTI 340HND " +
  "348HUN 352ISL 356IND 360IDN 364IRN 368IRQ 372IRL 376ISR 380ITA 384CIV " +
  "388JAM 392JPN 398KAZ 400JOR 404KEN 408PRK 410KOR 414KWT 417KGZ 418LAO " +
  "422LBN 426LSO 428LVA 430LBR 434LBY 440LTU 442LUX 450MDG 454MWI 458MYS " +
  "466MLI 478MRT 484MEX 496MNG 498MDA 499MNE 504MAR 508MOZ 512OMN 516NAM " +
  "524NPL 528NLD 540NCL 548VUT 554NZL 558NIC 562NER 566NGA 578NOR 586PAK " +
  "591PAN 598PNG 600PRY 604PER 608PHL 616POL 620PRT 624GNB 626TLS 630PRI " +
  "634QAT 642ROU 643RUS 646RWA 682SAU 686SEN 688SRB 694SLE 703SVK 704VNM " +
  "705SVN 706SOM 710ZAF 716ZWE 724ESP 728SSD 729SDN 732ESH 740SUR 748SWZ " +
  "752SWE 756CHE 760SYR 762TJK 764THA 768TGO 780TTO 784ARE 788TUN 792TUR " +
  "795TKM 800UGA 804UKR 807MKD 818EGY 826GBR 834TZA 840USA 854BFA 858URY " +
  "860UZB 862VEN 887YEM 894ZMB";

const NUMERIC: Map<string, string> = new Map(
  PAIRS.split(" ").map((p) => [p.slice(0, 3), p.slice(3)]),
);

/** Shapes without an ISO numeric id in Natural Earth 110m. */
const NAMED: Record<string, string> = {
  Kosovo: "XKX",
  Somaliland: "SOM",
  "N. Cyprus": "CYP",
};

/** Alpha-3 code of a world-atlas feature, or null when unknown. */
export function alpha3(id: string | number | undefined, name?: string): string | null {
  if (id !== undefined && id !== null) {
    const hit = NUMERIC.get(String(id).padStart(3, "0"));
    if (hit) return hit;
  }
  return (name && NAMED[name]) || null;
}

/** Every alpha-3 code the map can shade (used by the mock server too). */
export const ALL_ALPHA3: string[] = [...new Set([...NUMERIC.values(), ...Object.values(NAMED)])];
