//! Matching one pattern at one predicate of a parsed sentence: the
//! structural requirements (particle, complement, light verb), the
//! blockers (negation, conditionals and modals, questions, historical
//! references, event nouns called off), announced events (a consultation
//! stated as future or intended is an intent to meet, 036; cooperation,
//! aid or yielding an actor means to give is its intent, 030, 033, 035;
//! any other event under a verb of intention is not coded), then source and target
//! from the pattern's slots by dependency role, never by word order:
//! active and passive voice, coordination (one dyad per pair), reciprocal
//! and converse events, "between X and Y", possessors of event nouns,
//! places as visit hosts.

use crate::actor::EventActor;
use crate::actor::{ActorResolver, Mention, Resolution};
use crate::pattern::{Pattern, PatternSet, PredicateKind, Slot};
use crate::tree::Tree;
use crate::when::{historical, Reference};

/// One source -> target pair with its code.
#[derive(Debug, Clone)]
pub struct Dyad {
    /// The source.
    pub source: Mention,
    /// The target, absent for patterns that allow none.
    pub target: Option<Mention>,
    /// The CAMEO code.
    pub code: String,
}

/// A pattern that fired: its dyads and the clause they stand in.
#[derive(Debug, Clone)]
pub struct Firing {
    /// The dyads.
    pub dyads: Vec<Dyad>,
    /// The predicate and, for a noun, its light verb (or the verb it is
    /// the subject of: "talks *resumed*").
    pub clause: Vec<usize>,
    /// 0..1.
    pub confidence: f32,
    /// The event is announced, not reported ("will visit"): its date is
    /// the statement's, never the one it names.
    pub announced: bool,
}

/// What a sentence's matching needs.
pub struct SentenceContext<'a, 'd> {
    /// The document text (spans point into it).
    pub text: &'a str,
    /// The sentence.
    pub tree: &'a Tree<'a>,
    /// Actor resolution with the article's memory.
    pub resolver: &'a mut ActorResolver<'d>,
    /// The patterns (to know which governing verbs are coded themselves).
    pub patterns: &'a PatternSet,
    /// The reference date.
    pub reference: Reference,
    /// [`SentenceContext::reporter`], once asked.
    pub reporter: Option<Option<EventActor>>,
}

/// Texts a government signs, issues or passes, which act in its name: "an
/// order easing sanctions", "a decree banning the party".
pub(crate) const DOCUMENT_NOUNS: &[&str] = &[
    "order",
    "decree",
    "law",
    "bill",
    "directive",
    "resolution",
    "memorandum",
    "ordinance",
    "proclamation",
    "edict",
    "case",
    "complaint",
    "lawsuit",
    "petition",
    "letter",
    "statement",
    "communique",
    "declaration",
];

/// Vessels, vehicles and goods a state may seize or stop: things, not
/// the state's own people.
const CRAFT_AND_GOODS: &[&str] = &[
    "tanker",
    "ship",
    "vessel",
    "boat",
    "flotilla",
    "yacht",
    "ferry",
    "freighter",
    "aircraft",
    "plane",
    "jet",
    "drone",
    "truck",
    "convoy",
    "cargo",
    "shipment",
    "consignment",
    "oil",
    "fuel",
    "property",
    "asset",
    "account",
    "building",
    "office",
    "weapon",
    "arms",
    "rifle",
    "gun",
    "ammunition",
    "explosive",
    "equipment",
    "vehicle",
    "car",
    "drug",
    "cocaine",
    "document",
    "passport",
    "phone",
    "computer",
    "cash",
    "money",
    "gold",
    "grain",
    "goods",
];

/// Verbs of a protest done as the purpose of another act ("blocked roads
/// to protest against the results"): the protest is done by doing it.
const PROTEST_PURPOSES: &[&str] = &["protest", "demonstrate", "denounce", "condemn", "mourn"];

/// Nouns of a conversation one takes part in: "in a phone call with X"
/// (not "an interest in talks with X").
const CONVERSATION_NOUNS: &[&str] = &["call", "conversation"];

/// Powers named by an abbreviation, which before an event noun name its
/// doer ("U.S. sanctions", "U.N. peacekeepers' patrol").
const ABBREVIATED_POWERS: &[&str] = &[
    "U.S.", "US", "EU", "E.U.", "UN", "U.N.", "UK", "U.K.", "NATO", "AU", "ECOWAS", "ASEAN",
];

/// Journeys, whose place before them is where they go ("his U.S. visit").
const TRIP_NOUNS: &[&str] = &["visit", "trip", "tour", "journey", "travel", "flight"];

/// Nouns of meeting: who acts during or after them held them, wherever
/// the parser hung them.
const MEETING_NOUNS: &[&str] = &[
    "talk",
    "talks",
    "meeting",
    "negotiation",
    "negotiations",
    "summit",
];

/// Verbs by which a text becomes its subject's (a vetoed resolution is
/// not the vetoer's).
const ISSUING_VERBS: &[&str] = &[
    "sign",
    "issue",
    "pass",
    "adopt",
    "approve",
    "enact",
    "introduce",
    "publish",
    "unveil",
    "file",
    "lodge",
    "submit",
    "send",
    "release",
    "bring",
];

const NEGATORS: &[&str] = &["not", "never", "n't", "no", "neither", "nor"];

/// Conjunctions that set a conjunct against its head ("did not attend but
/// sent a letter"): the head's negation stays with the head.
const CONTRASTIVE_CCS: &[&str] = &["but", "yet", "instead"];

const NEGATING_VERBS: &[&str] = &["refuse", "fail", "decline", "deny", "reject"];
/// Verbs whose clausal complement is asserted not to have happened.
const DENYING_VERBS: &[&str] = &["deny", "refute", "dismiss", "reject"];

const HYPOTHETICAL_MODALS: &[&str] = &["would", "could", "might", "may", "should", "can", "must"];
const CONDITIONAL_MARKS: &[&str] = &["if", "unless", "whether"];
const LOCATIVE_PREPS: &[&str] = &[
    "in", "at", "to", "into", "near", "across", "through", "around", "inside",
];
/// Verbs whose object does what their open complement says ("prompted
/// Ottawa to demand", "forced Kyiv to withdraw").
/// Verbs whose open complement is an act done on their say-so.
const ORDERING_VERBS: &[&str] = &["order", "instruct", "direct"];

/// Verbs that fault someone "for" an act that person did. (Not those of
/// thanks: "thanked Denmark for agreeing to supply jets" thanks it for a
/// promise made before.)
const FAULTING_VERBS: &[&str] = &[
    "condemn",
    "criticize",
    "criticise",
    "denounce",
    "slam",
    "rebuke",
    "blame",
    "punish",
    "sanction",
    "fine",
];

/// Nouns of an attack a passive victim may fall "in".
const ATTACK_NOUNS: &[&str] = &[
    "strike",
    "airstrike",
    "attack",
    "raid",
    "bombing",
    "shelling",
    "ambush",
    "assault",
    "offensive",
    "bombardment",
];

/// Nouns of fire that comes "from" whoever fires it.
const FIRE_NOUNS: &[&str] = &[
    "fire",
    "gunfire",
    "shelling",
    "shell",
    "shells",
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "mortar",
    "mortars",
    "artillery",
    "drone",
    "drones",
    "strike",
    "strikes",
    "salvo",
    "barrage",
];

const OBJECT_CONTROL: &[&str] = &[
    "leave",
    "instruct",
    "direct",
    "prompt",
    "force",
    "persuade",
    "compel",
    "lead",
    "encourage",
    "push",
    "press",
    "invite",
    "allow",
    "order",
    "convince",
    "spur",
];

/// Obliques that say where or when, never what: "rejected the proposal
/// *during talks*" is a rejection (120), not of talks (125).
const CIRCUMSTANTIAL_PREPS: &[&str] = &[
    "at",
    "during",
    "in",
    "amid",
    "after",
    "before",
    "since",
    "until",
    "following",
    "throughout",
    "near",
    "inside",
    "outside",
    "within",
];
/// Whether the phrase at `w` opens with "following" read as an adjective
/// ("following talks with Rubio"): a time phrase, as "after talks" is.
fn following(t: &Tree<'_>, w: usize) -> bool {
    t.children(w)
        .iter()
        .any(|&c| c < w && t.rel(c) == "amod" && t.word(c).form.eq_ignore_ascii_case("following"))
}

/// Nouns of people who speak for a party: "representatives of X and Y".
const REPRESENTATIVE_NOUNS: &[&str] = &[
    "representative",
    "delegation",
    "delegate",
    "envoy",
    "negotiator",
    "emissary",
];
/// Participles of saying that close a sentence: "..., accusing it of ...".
const SAYING_PARTICIPLES: &[&str] = &[
    "accuse", "say", "call", "urge", "warn", "cite", "blame", "add", "describe", "insist",
    "stress", "note", "argue", "claim", "vow", "threaten",
];
/// Words for an act that a verb of judging names instead of its doer
/// ("calling the move a provocation").
const JUDGED_ACTS: &[&str] = &[
    "move",
    "decision",
    "step",
    "incident",
    "action",
    "act",
    "attack",
    "raid",
    "strike",
    "report",
    "plan",
    "proposal",
    "visit",
    "vote",
    "referendum",
    "measure",
    "measures",
    "sanctions",
    "ban",
    "law",
    "ruling",
    "verdict",
    "trial",
    "conduct",
    "behaviour",
    "behavior",
    "statement",
    "remarks",
    "comments",
    "claim",
    "claims",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "operation",
    "offensive",
    "campaign",
    "expulsion",
    "deal",
    "agreement",
    "demand",
    "demands",
    "terms",
    "deployment",
    "seizure",
    "detention",
    "arrest",
    "killing",
    "killings",
    "shooting",
    "bombing",
    "blockade",
    "closure",
    "exercise",
    "exercises",
    "drills",
    "launch",
    "test",
    "annexation",
    "election",
    "swearing-in",
    "inauguration",
    "appointment",
];
/// Verbs whose object is an act they judge.
const CONDEMNING_VERBS: &[&str] = &[
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "deplore",
    "protest",
    "slam",
];
/// Verbs that hold out a fate: what they say someone "would face" is a
/// threat.
const THREATENING_VERBS: &[&str] = &["vow", "warn", "threaten", "promise", "pledge", "swear"];
/// Verbs of an event that has not come: "braced for strikes", "feared an
/// attack", "warned of reprisals".
const ANTICIPATING_VERBS: &[&str] = &["brace", "fear", "anticipate", "warn", "dread"];
/// Verbs whose object is what goes, never a party to the act.
const SENDING_VERBS: &[&str] = &[
    "send",
    "deploy",
    "dispatch",
    "contribute",
    "station",
    "post",
];
/// Verbs whose xcomp is intended or scheduled, not done ("plans to
/// visit", "is expected to meet", "is due to arrive").
const INTENT_HEADS: &[&str] = &[
    "plan", "intend", "hope", "want", "wish", "aim", "seek", "expect", "prepare", "prepared",
    "schedule", "set", "slate", "due", "likely", "ready", "willing", "eager", "keen", "poised",
    "try", "strive",
];
/// Nouns of an offer or intent whose clause is not done ("an offer to
/// host talks", "a plan to hold elections").
const OFFER_NOUNS: &[&str] = &[
    "offer",
    "proposal",
    "plan",
    "bid",
    "readiness",
    "willingness",
    "invitation",
    "attempt",
];
/// Verbs of travel: whoever travels "for talks" holds them.
const TRAVEL_VERBS: &[&str] = &[
    "fly", "travel", "arrive", "head", "go", "come", "return", "leave",
];

/// Heads of an actor's own intention (not a forecast by others: "is
/// expected to", "is due to").
const OWN_INTENT_HEADS: &[&str] = &[
    "plan", "intend", "hope", "want", "wish", "aim", "seek", "prepare", "prepared", "ready",
    "willing", "eager", "keen", "try", "strive",
];

/// The code of the intent to do what `code` codes, for the cooperative
/// roots: agreement (03) 030, support and cooperation (05, 06) 030, aid (07) 033, yielding
/// (08) 035.
fn intent_code(code: &str) -> Option<&'static str> {
    match code.get(..2)? {
        // "is ready to accept the proposal": agreeing is already intent.
        "03" => Some("030"),
        "05" | "06" => Some("030"),
        "07" => Some("033"),
        "08" => Some("035"),
        _ => None,
    }
}

/// The code of the threat of what `code` codes, for force and sanctions
/// held out on a condition: "will strike Iran if ..." is 138.
fn threat_code(code: &str) -> Option<&'static str> {
    match code.get(..2)? {
        "18" | "19" | "20" => Some("138"),
        "17" => Some("1384")
            .filter(|_| code.starts_with("175"))
            .or(Some("130")),
        "16" => Some(if code.starts_with("163") {
            "1312"
        } else {
            "131"
        }),
        // "could veto the sanctions if ...".
        "12" if code.starts_with("129") => Some("131"),
        _ => None,
    }
}

/// The code of the refusal of what `code` codes, for what an actor may
/// give or yield: "will not impose sanctions" is a rejection (120), "will
/// not meet" one of a meeting (125), "will not withdraw" a refusal to
/// yield (124).
fn refusal_code(code: &str) -> Option<&'static str> {
    match code.get(..2)? {
        "04" => Some("125"),
        "08" => Some("124"),
        "03" | "05" | "06" | "07" | "16" => Some("120"),
        _ => None,
    }
}

/// Adjectives that make an event noun a future one ("the *planned* visit").
const FUTURE_ADJECTIVES: &[&str] = &[
    "upcoming",
    "planned",
    "proposed",
    "forthcoming",
    "future",
    "possible",
    "potential",
    "prospective",
    "expected",
    "scheduled",
    "intended",
];
/// Verbs of saying under which "would" is a reported future ("said he
/// would visit"), not a hypothetical.
const SPEECH_VERBS: &[&str] = &[
    "say", "announce", "tell", "state", "confirm", "declare", "add", "indicate",
];
/// Verbs of promising, under which "would" is what the promise gives.
const PROMISING_VERBS: &[&str] = &["pledge", "promise", "vow", "assure", "guarantee"];
/// Nouns of an appositive that judges the clause before it (", a move
/// Tehran condemned").
const MOVE_NOUNS: &[&str] = crate::tree::JUDGED_ACT_NOUNS;

/// Charges whose relative clause ("an accusation X denied") tells what has
/// been said of them before.
const CHARGE_NOUNS: &[&str] = &["accusation", "allegation", "claim", "charge"];

/// Verbs of reporting that are no speech verb of their own.
const REPORT_VERBS: &[&str] = &["report", "claim", "allege", "quote", "cite", "warn"];
/// Nouns of time that "next" makes future ("next week").
const TIME_NOUNS: &[&str] = &[
    "week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter", "day",
];
/// Verbs that ask for an event noun: it has not taken place.
const REQUESTING_VERBS: &[&str] = &[
    "call", "urge", "propose", "demand", "seek", "want", "hope", "suggest", "press", "push",
    "appeal", "ask", "request", "plead",
];
/// Verbs whose complement clause is asked for, not done ("demanded that
/// X withdraw", "urged X to withdraw"); verbs of intention are seen apart.
const REQUESTING_CLAUSE_VERBS: &[&str] = &[
    "call",
    "urge",
    "demand",
    "ask",
    "request",
    "appeal",
    "press",
    "plead",
    "propose",
    // Leave given, not the act: "allowed Ukraine to strike targets inside
    // Russia".
    "allow",
    "permit",
    "authorize",
    "authorise",
    "encourage",
    "advise",
    // An order, not its carrying out: "ordered the army to strike ...".
    "order",
    "instruct",
    "command",
    "direct",
];
/// Nouns whose clause is asked for ("a demand that it accept a ceasefire").
const REQUESTING_NOUNS: &[&str] = &["demand", "call", "request", "appeal", "plea", "ultimatum"];
/// Objects that are places or targets, not actors: an attack on "towns
/// in Armenia" is an attack on Armenia.
const PLACE_NOUNS: &[&str] = &[
    "airport",
    "hideout",
    "stronghold",
    "headquarters",
    "barracks",
    "garrison",
    "area",
    "base",
    "building",
    "camp",
    "center",
    "centre",
    "checkpoint",
    "city",
    "depot",
    "district",
    "hill",
    "hilltop",
    "facility",
    "hospital",
    "infrastructure",
    "market",
    "neighborhood",
    "neighbourhood",
    "outpost",
    "port",
    "position",
    "post",
    "province",
    "refinery",
    "region",
    "school",
    "settlement",
    "site",
    "suburb",
    "target",
    "terminal",
    "territory",
    "town",
    "village",
    "warehouse",
];

/// The prepositions of what is attacked: "strikes on a camp in Gaza",
/// "fired at targets in Lebanon".
const ATTACKED_PREPS: &[&str] = &["on", "against", "at"];
/// The prepositions of a place noun's locative phrase.
const PLACE_PREPS: [&str; 4] = ["in", "inside", "across", "near"];
/// Codes whose target may be a town: an attack on it is an attack on its
/// country (assault, fight, mass violence).
pub(crate) const ATTACK_ROOTS: &[&str] = &["18", "19", "20"];
/// What an amount is given in ("$5 billion in aid").
const AID_NOUNS: &[&str] = &[
    "aid",
    "assistance",
    "loan",
    "credit",
    "funding",
    "grant",
    "support",
    "relief",
    "investment",
    "weapon",
    "arms",
    "ammunition",
];
/// Nouns of an accord between parties.
const ACCORD_NOUNS: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "pact",
    "treaty",
    "ceasefire",
    "truce",
    "talks",
    "talk",
];
/// Nouns that count an event noun's occurrences ("a round of talks").
const MEASURE_NOUNS: &[&str] = &[
    "round", "series", "session", "day", "week", "hour", "minute", "month", "package", "wave",
    "dozen", "barrage", "salvo", "volley", "spate", "string", "flurry", "couple", "pair", "stage",
    "phase",
];
/// Verbs that call an event noun off: it did not take place.
const CANCELLING_VERBS: &[&str] = &["cancel", "postpone", "delay", "scrap", "shelve", "defer"];

impl SentenceContext<'_, '_> {
    /// Tries `p` at word `pred`.
    pub fn try_pattern(&mut self, p: &Pattern, pred: usize) -> Result<Firing, String> {
        let light = self.light_verb(p, pred);
        self.check_structure(p, pred, light)?;
        if self.thing_travels(p, pred) {
            return Err("what travels is a thing, not a visitor".into());
        }
        if self.refuses_nothing(p, pred) {
            return Err("refuses to rule out or to say: refuses no act".into());
        }
        // An event noun that is the subject of a verb ("talks resumed"):
        // the verb's negation, modality, date and place are the event's.
        let governor = self.noun_governor(p, pred, light);
        let clause: Vec<usize> = std::iter::once(pred).chain(light).chain(governor).collect();
        if let Some(g) = governor.filter(|&g| self.cancels(g)) {
            return Err(format!("called off ({:?})", self.tree.word(g).form));
        }
        if let Some(g) = self.stopped_or_blocked(pred, light) {
            return Err(format!("stopped or blocked ({:?})", self.tree.word(g).form));
        }
        if let Some(g) = self.offered_by(p, pred, light) {
            return Err(format!("offered, not held ({:?})", self.tree.word(g).form));
        }
        if let Some(n) = self.proposed_in(pred) {
            return Err(format!(
                "inside what is proposed ({:?})",
                self.tree.word(n).form
            ));
        }
        if let Some(g) = self.requested_by(p, pred, light) {
            return Err(format!(
                "asked for, allowed or ordered, not done ({:?})",
                self.tree.word(g).form
            ));
        }
        let consult = p.code.starts_with("04");
        // "Israel will strike Iran if Tehran does not ...": force or a
        // sanction held out on a condition is a threat of it.
        // "vowed that Israel would face punishment": the vow is the threat.
        let vowed = self.vowed_fate(p, pred);
        // "Serbia will not impose sanctions on Russia, Vucic said": a
        // future its own side rules out is a refusal.
        let refusal = self.declared_refusal(&clause, &p.code);
        // "Erdogan said Turkey would launch an operation against the
        // militants": force its own side says it would use is held out,
        // a threat, as one on a condition is.
        let reported_threat = refusal
            .is_none()
            .then(|| threat_code(&p.code))
            .flatten()
            .filter(|_| {
                clause.iter().all(|&c| self.negator(c).is_none())
                    && (self.reported_would(&clause)
                        // "warned it would launch a strike against ...".
                        || self.reported_would_under(&clause, &[THREATENING_VERBS])
                        || self.reported_own_possibility(&clause))
            });
        let threat = self
            .conditional_threat(&clause, &p.code)
            .or(vowed)
            .or(reported_threat);
        if p.needs_refusal && refusal.is_none() {
            return Err("not ruled out by its actor (\"will not\")".into());
        }
        if p.needs_negation && self.negator(pred).is_none() {
            return Err("not negated (\"did not rule out\")".into());
        }
        if p.needs_condition && threat.is_none() {
            return Err("not held out on a condition (\"if\", \"unless\")".into());
        }
        // A threat may be said in the modal ("would be met with a
        // response").
        let threatening =
            threat.is_some() || (p.code.starts_with("13") && self.tree.is_passive(clause[0]));
        // "Kenya said it would send 1,000 officers": the future of a
        // report, by the reporter's own side, of what it will give.
        let reported_intent = !consult
            && refusal.is_none()
            && intent_code(&p.code).is_some()
            && clause.iter().all(|&c| self.negator(c).is_none())
            // "pledged that Berlin would deliver more air defences".
            && self.reported_would_under(&clause, &[SPEECH_VERBS, PROMISING_VERBS]);
        self.check_blockers(
            &clause,
            consult,
            threatening || p.needs_negation,
            refusal.is_some() || reported_intent || p.needs_negation,
        )?;
        let will = self.has_aux(&clause, &["will", "shall"]);
        let announced = self.announced(p, &clause);
        // "is ready to sign a treaty with Y": cooperation its actor states
        // it means to give is an intent to cooperate (030), to aid (033),
        // to yield (035); so is what it "will" give on a day to come
        // ("will send aid next month").
        let intended = announced
            .as_ref()
            .filter(|_| !consult && (reported_intent || will || self.own_intention(&clause)))
            .and_then(|_| intent_code(&p.code));
        if let Some(why) = &announced {
            // ("is ready to impose sanctions if ...": a threat.)
            let ready_threat = threat.is_some() && self.held_ready(&clause);
            if !consult
                && intended.is_none()
                && refusal.is_none()
                && reported_threat.is_none()
                && !ready_threat
                && !p.needs_negation
                // ("said any attack would be met with force": a threat
                // is made in the saying.)
                && !p.code.starts_with("13")
            {
                return Err(format!("not realised: {why}"));
            }
        }
        // A consultation stated as future or intended is an intent to meet
        // (036; to mediate: 039), from the actors that state it.
        let intent = match refusal.or(intended).or(threat) {
            Some(code) => Some(code),
            None if consult && (will || announced.is_some()) => {
                Some(if p.code == "045" { "039" } else { "036" })
            }
            None => None,
        };
        let mut confidence = if will || intent.is_some() { 0.7 } else { 1.0 };
        if p.kind == PredicateKind::Noun {
            confidence *= 0.9;
        }
        let mut dyads = self.dyads(p, pred, light, intent)?;
        if p.needs_must {
            // "Erdogan said Turkey must strengthen its army": what one's
            // own country must do is no demand on another.
            dyads.retain(|d| {
                d.target.as_ref().is_some_and(|t| {
                    t.actor.country.is_none() || t.actor.country != d.source.actor.country
                })
            });
            if dyads.is_empty() {
                return Err("a demand on its own side".into());
            }
        }
        if p.needs_quiet {
            // "Diplomats said ...": a speaker named by a role alone is no
            // actor's voice; "he said" tells too little to be worth a
            // statement of its own.
            dyads.retain(|d| {
                !crate::actor::is_bare_role(&d.source.actor.code)
                    && d.source.resolution == Resolution::Dictionary
            });
            // "Warsaw said Poland must spend more": no target of its own.
            for d in &mut dyads {
                if d.target.as_ref().is_some_and(|t| {
                    t.actor.country.is_some() && t.actor.country == d.source.actor.country
                }) {
                    d.target = None;
                }
            }
            if dyads.is_empty() {
                return Err("no actor's statement of its own".into());
            }
        }
        // A condition is a threat only from whom it is held out by: "X
        // will strike if ..., X's minister warned", not "..., analysts
        // said".
        if (threat.is_some() && intent == threat && vowed.is_none())
            || (refusal.is_some() && intent == refusal)
            || (reported_intent && intent.is_some() && intent == intended)
        {
            let speaker = self.reporter();
            // "..., the army would resume fighting if ..., Netanyahu said":
            // a force named by its role alone is the speaker's own. One
            // office holder named by a role alone ("..., the army chief
            // said") or by a name the dictionaries do not know speaks for
            // the actor too; "officials", "analysts" and "diplomats" may be
            // anyone's.
            let office = self.speaker_heads().first().is_some_and(|&h| {
                let w = self.tree.word(h);
                (w.xpos == "NN" || (w.upos == "PROPN" && speaker.is_none()))
                    && self.tree.rel(h).starts_with("nsubj")
            }) && speaker
                .as_ref()
                .is_none_or(|r| r.country.is_none() && crate::actor::is_bare_role(&r.code));
            let own = |a: &EventActor| {
                (a.country.is_none() && crate::actor::is_bare_role(&a.code))
                    || office
                    || speaker
                        .as_ref()
                        .is_some_and(|r| match (&r.country, &a.country) {
                            (Some(x), Some(y)) => x == y,
                            _ => r.code.get(..9).is_some() && r.code.get(..9) == a.code.get(..9),
                        })
            };
            // A refusal or threat said by no one else is the actor's own
            // ("Mexico will retaliate if ...").
            // ("could", "may" with no one to say so: a guess.)
            let unattributed = (refusal.is_some()
                || (threat.is_some()
                    && !self.has_aux(&clause, &["could", "may", "might", "can", "should"])))
                && !self.attributed();
            if !unattributed && !dyads.iter().all(|d| own(&d.source.actor)) {
                return Err(if refusal.is_some() {
                    "negated, and no refusal of the actor's own".into()
                } else if reported_intent {
                    "\"would\" in reported speech, and no intent of the actor's own".into()
                } else {
                    "conditional (\"if\"), and no threat of the actor's own".into()
                });
            }
        }
        if dyads.iter().any(|d| {
            d.source.resolution == Resolution::Anaphor
                || d.target
                    .as_ref()
                    .is_some_and(|t| t.resolution == Resolution::Anaphor)
        }) {
            confidence *= 0.8;
        }
        Ok(Firing {
            dyads,
            clause,
            confidence,
            announced: intent.is_some(),
        })
    }

    /// "refused to rule out using force", "declined to exclude": a
    /// negating verb over a ruling out keeps the act open; "refused to say
    /// whether ..." withholds words, not the act.
    fn refuses_nothing(&self, p: &Pattern, pred: usize) -> bool {
        let t = self.tree;
        // ("declined to comment" is a statement of its own, 011.)
        p.kind == PredicateKind::Verb
            && !p.code.starts_with("01")
            && NEGATING_VERBS.contains(&t.lemma(pred).as_str())
            && t.kids_with(pred, "xcomp").any(|x| {
                let lemma = t.lemma(x);
                let infinitive = t.kids_with(x, "mark").any(|m| t.lemma(m) == "to");
                infinitive
                    && matches!(
                        lemma.as_str(),
                        "exclude"
                            | "say"
                            | "comment"
                            | "confirm"
                            | "disclose"
                            | "specify"
                            | "elaborate"
                            | "reveal"
                    )
                    || (infinitive
                        && lemma == "rule"
                        && t.children(x).iter().any(|&c| t.lemma(c) == "out"))
            })
    }

    /// "Japan's delivery of rice arrived in Manila": a verb of travel
    /// whose subject is a thing (no name, pronoun or role) is no visit.
    fn thing_travels(&self, p: &Pattern, pred: usize) -> bool {
        let t = self.tree;
        p.kind == PredicateKind::Verb
            && TRAVEL_VERBS.contains(&t.lemma(pred).as_str())
            && t.kids_with(pred, "nsubj").any(|s| {
                t.word(s).upos == "NOUN"
                    && !self.resolver.is_role_word(&t.word(s).form)
                    && t.kids_with(s, "nmod:poss").next().is_some()
            })
    }

    /// The word that negates verb `v` ("not", "never"), if any.
    fn negator(&self, v: usize) -> Option<usize> {
        let t = self.tree;
        t.children(v)
            .iter()
            .copied()
            .find(|&c| {
                matches!(t.rel(c), "advmod" | "neg")
                    && (NEGATORS.contains(&t.lemma(c).as_str())
                    // "should no longer expect"
                    || (t.word(c).form.eq_ignore_ascii_case("longer")
                        && t.kids_with(c, "advmod").any(|n| t.lemma(n) == "no")))
            })
            .or_else(|| self.denied_argument(v))
    }

    /// The "no" that denies an argument of verb `v`: "sent no troops", "no
    /// arrests were made", "no country has recognised"; the "neither" of
    /// "neither X nor Y signed".
    fn denied_argument(&self, v: usize) -> Option<usize> {
        let t = self.tree;
        t.children(v)
            .iter()
            .copied()
            .filter(|&c| matches!(t.full_rel(c), "obj" | "nsubj" | "nsubj:pass"))
            .find_map(|c| {
                t.kids_with(c, "det")
                    .find(|&d| t.lemma(d) == "no")
                    .or_else(|| t.kids_with(c, "cc").find(|&d| t.lemma(d) == "neither"))
            })
    }

    /// Whether the clause is under its own actor's intention ("is ready
    /// to", "plans to", "wants to"), not another's forecast ("is expected
    /// to").
    fn own_intention(&self, clause: &[usize]) -> bool {
        let t = self.tree;
        self.governing(clause)[1..]
            .iter()
            .any(|&h| OWN_INTENT_HEADS.contains(&t.lemma(h).as_str()))
    }

    fn light_verb(&self, p: &Pattern, pred: usize) -> Option<usize> {
        if p.kind != PredicateKind::Noun {
            return None;
        }
        let t = self.tree;
        // "held a new round of talks": the measure noun stands in the
        // event noun's place under the light verb.
        let noun = pred;
        let pred = self.measured(pred);
        let h = t.head(pred)?;
        // "out of talks" ("out" the noun's preposition or the verb's
        // particle or adverb), "from talks".
        let out = t
            .children(h)
            .iter()
            .any(|&c| t.lemma(c) == "out" && matches!(t.rel(c), "compound" | "advmod"));
        // "told Y in a phone call": a noun that says how the verb's act
        // was done, for patterns whose light verbs are such acts.
        let leaves = t.rel(pred) == "obl"
            && match t.preposition(pred).as_deref() {
                Some("out" | "from") => true,
                Some("of") => out,
                Some("in" | "during" | "by" | "over") => p.light_oblique,
                _ => false,
            };
        // "kicked off joint exercises": the particle read as the noun's
        // preposition.
        let particle_object = t.rel(pred) == "obl" && t.preposition(pred).as_deref() == Some("off");
        // ("held eight hours of talks", the measure a bare oblique.)
        let carried = matches!(t.full_rel(pred), "obj" | "nsubj:pass")
            || (t.full_rel(pred) == "obl:unmarked" && pred != noun)
            || particle_object
            || (p.needs_light && (t.full_rel(pred) == "nsubj" || leaves));
        (carried && p.light.contains(&t.lemma(h))).then_some(h)
    }

    /// The measure noun an event noun is counted by ("a new round of
    /// talks", "dozens of air strikes"), which stands in its place in the
    /// clause; else the noun itself.
    fn measured(&self, noun: usize) -> usize {
        let t = self.tree;
        match t.head(noun) {
            Some(m)
                if t.rel(noun) == "nmod"
                    && t.preposition(noun).as_deref() == Some("of")
                    && MEASURE_NOUNS.contains(&t.lemma(m).as_str()) =>
            {
                m
            }
            _ => noun,
        }
    }

    /// The verb that offers or intends the clause an event noun is the
    /// object of, with no light verb of its own: "Turkey offered to host a
    /// new round of talks between Russia and Ukraine" holds no talks.
    fn offered_by(&self, p: &Pattern, pred: usize, light: Option<usize>) -> Option<usize> {
        let t = self.tree;
        if p.kind != PredicateKind::Noun || light.is_some() {
            return None;
        }
        let m = self.measured(pred);
        // Not "ready to accept ... after hours of talks": talks that date
        // the clause took place.
        let v = t.head(m).filter(|&v| {
            matches!(t.rel(m), "obj" | "obl") && !self.circumstantial(m) && t.word(v).upos == "VERB"
        })?;
        // ("offered to host and mediate talks": the first verb's.)
        let v = match t.head(v) {
            Some(h) if t.rel(v) == "conj" && t.word(h).upos == "VERB" => h,
            _ => v,
        };
        // "Kazakhstan's offer to host talks": the verb completes a noun
        // of offering or intent.
        if let Some(n) = t.head(v).filter(|&n| {
            matches!(t.rel(v), "acl" | "xcomp")
                && t.word(n).upos == "NOUN"
                && OFFER_NOUNS.contains(&t.lemma(n).as_str())
        }) {
            return Some(n);
        }
        // "Egypt will host talks between Israel and Hamas": talks someone
        // else will hold are not held yet.
        if self.has_aux(&[v], &["will", "shall", "would"]) {
            return Some(v);
        }
        // "Qatar agreed to host talks between ...": a promise to host.
        self.governing(&[v])[1..].iter().copied().find(|&h| {
            let lemma = t.lemma(h);
            INTENT_HEADS.contains(&lemma.as_str())
                || matches!(
                    lemma.as_str(),
                    "offer" | "propose" | "agree" | "pledge" | "promise" | "vow" | "decide"
                )
        })
    }

    /// The noun of offering whose "to" clause holds the event at `pred`,
    /// below the clause's verb: "dismissed a proposal to send troops to
    /// Ukraine after a ceasefire" has no ceasefire. (The clause's own verb
    /// is [`Self::offered_by`]'s and the intent patterns'.)
    fn proposed_in(&self, pred: usize) -> Option<usize> {
        let t = self.tree;
        let mut c = t.head(pred)?;
        for _ in 0..t.len() {
            let n = t.head(c)?;
            if t.full_rel(c) == "acl"
                && t.kids_with(c, "mark").any(|m| t.lemma(m) == "to")
                && OFFER_NOUNS.contains(&t.lemma(n).as_str())
            {
                return Some(n);
            }
            c = n;
        }
        None
    }

    /// The verb that asks for an event noun, when one does: "called for
    /// talks between X and Y", "urged talks", "proposed a ceasefire". What
    /// is asked for has not happened; the appeal is coded by its own
    /// pattern, from the one who asks.
    fn requested_by(&self, p: &Pattern, pred: usize, light: Option<usize>) -> Option<usize> {
        let t = self.tree;
        if p.kind == PredicateKind::Verb {
            // "demanded that Armenia withdraw", "urged Russia to withdraw":
            // the clause asked for has not happened either; nor has a
            // conjunct of it ("... stop arms sales and cut off contact").
            let mut first = pred;
            while t.rel(first) == "conj" && t.word(first).upos == "VERB" {
                first = t.head(first)?;
            }
            let h = t.head(first)?;
            // "pressed Belgrade to impose ...", the complement read as a
            // clause of purpose.
            let purpose = self.complement_read_as_purpose(first, h);
            let asked = ((matches!(t.rel(first), "ccomp" | "xcomp") || purpose)
                && REQUESTING_CLAUSE_VERBS.contains(&t.lemma(h).as_str()))
                || self.asking_noun(first);
            return asked.then_some(h);
        }
        // "a demand that it accept a ceasefire": the light verb's clause is
        // asked for.
        if let Some(l) = light.filter(|&l| self.asking_noun(l)) {
            return t.head(l);
        }
        // "demanded that Kinshasa hold talks with the rebels": the light
        // verb's clause is asked for.
        if let Some(h) = light.and_then(|l| {
            t.head(l).filter(|&h| {
                matches!(t.rel(l), "ccomp" | "xcomp")
                    && REQUESTING_CLAUSE_VERBS.contains(&t.lemma(h).as_str())
            })
        }) {
            return Some(h);
        }
        if p.kind != PredicateKind::Noun || light.is_some() {
            return None;
        }
        let h = t.head(pred)?;
        let asked = matches!(t.rel(pred), "obj" | "obl" | "xcomp")
            && REQUESTING_VERBS.contains(&t.lemma(h).as_str());
        if asked {
            return Some(h);
        }
        // "urged Belgrade to align its policy with the EU's sanctions": a
        // noun of the clause asked for is asked for with it.
        let r = t.head(h)?;
        let in_asked = matches!(t.rel(pred), "obj" | "obl")
            && t.word(h).upos == "VERB"
            && ((matches!(t.rel(h), "ccomp" | "xcomp")
                && REQUESTING_CLAUSE_VERBS.contains(&t.lemma(r).as_str()))
                || self.asking_noun(h));
        in_asked.then_some(r)
    }

    /// Whether verb `v` is a "to" clause the parser hung on verb `h` as
    /// one of purpose, after `h`'s object: the complement of an object
    /// ("pressed Belgrade to impose ...", "prompting Somalia to recall").
    fn complement_read_as_purpose(&self, v: usize, h: usize) -> bool {
        let t = self.tree;
        t.rel(v) == "advcl"
            && t.kids_with(v, "mark").any(|m| t.lemma(m) == "to")
            && t.kids_with(h, "obj").any(|o| o < v)
    }

    /// Whether the clause of verb `v` completes a noun of asking ("a
    /// demand that it accept ...", "calls for X to ...").
    fn asking_noun(&self, v: usize) -> bool {
        let t = self.tree;
        matches!(t.rel(v), "acl" | "ccomp" | "xcomp")
            && t.head(v).is_some_and(|n| {
                t.word(n).upos == "NOUN" && REQUESTING_NOUNS.contains(&t.lemma(n).as_str())
            })
    }

    /// Whether clause `c` is the "that" clause of noun `n` ("reports that
    /// X tortured ..."): an `acl` or `ccomp` marked "that" (a relative
    /// clause has no "that" for its mark: one that has is the content
    /// clause misread), or a clause after a "that" right after the noun,
    /// the parser having hung the "that" inside it or the clause as a
    /// modifier.
    fn that_clause(&self, n: usize, c: usize) -> bool {
        let t = self.tree;
        let clause_rel = matches!(t.full_rel(c), "acl" | "ccomp" | "acl:relcl");
        (clause_rel && t.kids_with(c, "mark").any(|m| t.lemma(m) == "that"))
            || ((clause_rel || t.rel(c) == "nmod")
                && c > n
                && n < t.len()
                && t.lemma(n + 1) == "that")
    }

    /// Whether verb `h` says its complement does not happen ("refused to",
    /// "failed to", "ruled out").
    fn negating(&self, h: usize) -> bool {
        let t = self.tree;
        let lemma = t.lemma(h);
        NEGATING_VERBS.contains(&lemma.as_str())
            // "was unable to reach a deal".
            || lemma == "unable"
            || (lemma == "rule"
                && t.children(h)
                    .iter()
                    .any(|&c| t.full_rel(c) == "compound:prt" && t.lemma(c) == "out"))
            // "has yet to send": not done so far.
            || (matches!(lemma.as_str(), "have" | "be")
                && t.kids_with(h, "advmod").any(|c| t.lemma(c) == "yet"))
    }

    /// The verb that stops the act at `pred` or keeps it from happening:
    /// "stopped shelling Kharkiv" (a gerund under a verb of ceasing: what
    /// ends is no new act), "blocked new EU sanctions on Russia", "vetoed
    /// sanctions" (an event noun that is the object of a verb of blocking).
    fn stopped_or_blocked(&self, pred: usize, light: Option<usize>) -> Option<usize> {
        let t = self.tree;
        if light.is_some() {
            return None;
        }
        let h = t.head(pred)?;
        let lemma = t.lemma(h);
        let gerund = t.word(pred).xpos == "VBG"
            && matches!(t.rel(pred), "xcomp" | "ccomp" | "obj" | "advcl")
            && matches!(lemma.as_str(), "stop" | "cease" | "quit" | "halt");
        let blocked = t.word(pred).upos == "NOUN"
            && t.rel(pred) == "obj"
            && matches!(
                lemma.as_str(),
                "block" | "veto" | "oppose" | "obstruct" | "resist" | "thwart" | "stall"
            );
        (gerund || blocked).then_some(h)
    }

    /// Whether verb `g` calls its subject off ("cancelled", "called off").
    fn cancels(&self, g: usize) -> bool {
        let t = self.tree;
        let lemma = t.lemma(g);
        CANCELLING_VERBS.contains(&lemma.as_str())
            || (lemma == "call" && t.children(g).iter().any(|&c| t.lemma(c) == "off"))
    }

    /// The verb an event noun is the subject of, when no light verb carries it.
    fn noun_governor(&self, p: &Pattern, pred: usize, light: Option<usize>) -> Option<usize> {
        let t = self.tree;
        let subject = matches!(t.full_rel(pred), "nsubj" | "nsubj:pass");
        (p.kind == PredicateKind::Noun && light.is_none() && subject)
            .then(|| t.head(pred))
            .flatten()
            // "if talks collapse" with "collapse" tagged a noun: a word
            // with a subject and a subordinator heads a clause.
            .filter(|&h| {
                matches!(t.word(h).upos.as_str(), "VERB" | "ADJ")
                    || t.kids_with(h, "mark").next().is_some()
            })
    }

    /// Why the event is announced rather than reported, if it is: under a
    /// verb of intention or schedule ("plans to visit", "is expected to
    /// meet", "is going to"), a future adjective of an event noun ("the
    /// planned talks"), "would" in reported speech ("said he would visit"),
    /// or a future time ("next week", "tomorrow"). "will" is seen apart.
    fn announced(&self, p: &Pattern, clause: &[usize]) -> Option<String> {
        let t = self.tree;
        let chain = self.governing(clause);
        for &h in &chain[1..] {
            let lemma = t.lemma(h);
            let going = lemma == "go"
                && t.kids_with(h, "aux").any(|c| t.lemma(c) == "be")
                && t.kids_with(h, "xcomp").next().is_some();
            if INTENT_HEADS.contains(&lemma.as_str()) || going {
                return Some(format!("under {:?}", t.word(h).form));
            }
            // "had no plans to attack", parsed as the verb's complement.
            if let Some(o) = t
                .kids_with(h, "obj")
                .find(|&o| INTENT_HEADS.contains(&t.lemma(o).as_str()) || t.lemma(o) == "intention")
            {
                return Some(format!("under {:?}", t.word(o).form));
            }
        }
        // "its plans to attack", "its aim to mediate": the infinitive of a
        // noun of intention.
        let top = chain[chain.len() - 1];
        if let Some(h) = t.head(top).filter(|_| t.rel(top) == "acl") {
            if t.word(h).upos == "NOUN" && INTENT_HEADS.contains(&t.lemma(h).as_str()) {
                return Some(format!("under {:?}", t.word(h).form));
            }
        }
        // "braces for a winter of Russian strikes", "warned of attacks": an
        // event noun something is feared or braced for has not happened.
        if p.kind == PredicateKind::Noun {
            let mut n = clause[0];
            for _ in 0..3 {
                let Some(h) = t.head(n) else { break };
                let linked = matches!(t.rel(n), "obj" | "obl" | "nmod");
                if !linked {
                    break;
                }
                // The tagger may read "braces" or "fears" as a noun.
                let prep = t.preposition(n);
                if ANTICIPATING_VERBS.contains(&t.lemma(h).as_str())
                    && (t.rel(n) == "obj" || matches!(prep.as_deref(), Some("for" | "of")))
                {
                    return Some(format!("anticipated ({:?})", t.word(h).form));
                }
                if t.word(h).upos == "VERB" {
                    break;
                }
                n = h;
            }
        }
        if p.kind == PredicateKind::Noun {
            if let Some(a) = t
                .kids_with(clause[0], "amod")
                // "a planned offensive": the participle's form, whatever
                // its lemma.
                .find(|&a| {
                    FUTURE_ADJECTIVES.contains(&t.lemma(a).as_str())
                        || FUTURE_ADJECTIVES.contains(&t.word(a).form.to_lowercase().as_str())
                })
            {
                return Some(format!("{:?}", t.word(a).form));
            }
        }
        if self.reported_would_under(clause, &[SPEECH_VERBS, PROMISING_VERBS]) {
            return Some("\"would\" in reported speech".into());
        }
        for &h in &chain {
            for w in t.children(h).iter().copied() {
                if !matches!(t.rel(w), "obl" | "nmod" | "advmod") {
                    continue;
                }
                let lemma = t.lemma(w);
                let time = TIME_NOUNS.contains(&lemma.as_str())
                    || crate::when::is_time_word(&t.word(w).form);
                let next = time
                    && t.children(w).iter().any(|&c| {
                        matches!(t.rel(c), "amod" | "det")
                            && matches!(t.lemma(c).as_str(), "next" | "coming")
                    });
                if lemma == "tomorrow" || next {
                    return Some(format!("{:?}", t.word(w).form));
                }
            }
        }
        None
    }

    /// "would" as the future of reported speech: the clause, with no
    /// other modal and no condition, is what a verb of saying reports.
    fn reported_would(&self, clause: &[usize]) -> bool {
        self.reported_would_under(clause, &[SPEECH_VERBS])
    }

    /// The modal auxiliaries of the clauses `chain`.
    fn modals_of(&self, chain: &[usize]) -> Vec<String> {
        let t = self.tree;
        chain
            .iter()
            .flat_map(|&h| t.kids_with(h, "aux"))
            .map(|c| t.lemma(c))
            .filter(|l| HYPOTHETICAL_MODALS.contains(&l.as_str()))
            .collect()
    }

    /// [`Self::reported_would`] under a verb of any of the lists `verbs`.
    fn reported_would_under(&self, clause: &[usize], verbs: &[&[&str]]) -> bool {
        let t = self.tree;
        let chain = self.governing(clause);
        let modals = self.modals_of(&chain);
        let top = chain[chain.len() - 1];
        let reported = t.rel(top) == "ccomp"
            && t.head(top).is_some_and(|h| {
                let lemma = t.lemma(h);
                verbs.iter().any(|v| v.contains(&lemma.as_str()))
            });
        let conditional = chain.iter().any(|&h| {
            t.kids_with(h, "advcl").any(|a| {
                t.kids_with(a, "mark")
                    .any(|m| CONDITIONAL_MARKS.contains(&t.lemma(m).as_str()))
            })
        });
        reported && !conditional && !modals.is_empty() && modals.iter().all(|m| m == "would")
    }

    /// Whether the clause is what its reporter says its own side "may" or
    /// "could" do: "Russia said it may target Western arms shipments"
    /// (not "could", said of another: "analysts said X could strike").
    fn reported_own_possibility(&self, clause: &[usize]) -> bool {
        let t = self.tree;
        let chain = self.governing(clause);
        let top = chain[chain.len() - 1];
        let modals = self.modals_of(&chain);
        let own = t.kids_with(top, "nsubj").any(|s| {
            t.word(s).upos == "PRON"
                && matches!(t.lemma(s).to_lowercase().as_str(), "it" | "we" | "they")
        });
        own && !modals.is_empty()
            && modals
                .iter()
                .all(|m| matches!(m.as_str(), "may" | "might" | "could"))
            && t.rel(top) == "ccomp"
            && t.head(top).is_some_and(|h| {
                let lemma = t.lemma(h);
                SPEECH_VERBS.contains(&lemma.as_str())
                    || THREATENING_VERBS.contains(&lemma.as_str())
            })
    }

    fn check_structure(
        &self,
        p: &Pattern,
        pred: usize,
        light: Option<usize>,
    ) -> Result<(), String> {
        let t = self.tree;
        if p.needs_light && light.is_none() {
            return Err(format!("no light verb of {:?}", p.light.join(" | ")));
        }
        if let Some(want) = &p.particle {
            // The particle, or the same word read as an adverb ("cracked
            // *down*" after "then").
            let particle = t.children(pred).iter().any(|&c| {
                &t.lemma(c) == want
                    && (t.full_rel(c) == "compound:prt" || (t.rel(c) == "advmod" && c > pred))
            });
            if !particle {
                return Err(format!("no particle {want:?}"));
            }
        }
        if p.needs_xcomp && self.open_complement(pred).is_none() {
            return Err("no open complement (\"to ...\")".into());
        }
        if p.needs_must
            && !t
                .kids_with(pred, "ccomp")
                .any(|c| t.kids_with(c, "aux").any(|a| t.lemma(a) == "must"))
        {
            return Err("no clause under \"must\"".into());
        }
        if p.needs_quiet {
            if t.rel(pred) != "root" {
                return Err("not the sentence's main verb".into());
            }
            // "X said Russian forces had used chemical agents": the report
            // of an act is the act's, even when it goes uncoded.
            let reported_act = t.kids_with(pred, "ccomp").any(|c| {
                t.word(c).upos == "VERB"
                    && matches!(t.word(c).xpos.as_str(), "VBD" | "VBN")
                    && self.negator(c).is_none()
                    && !self.has_aux(&[c], HYPOTHETICAL_MODALS)
            });
            if reported_act {
                return Err("the report of an act".into());
            }
        }
        if !p.object.is_empty() && !self.theme_has(pred, &p.object) {
            return Err(format!("no theme word of {:?}", p.object.join(" | ")));
        }
        if !p.not_object.is_empty() && self.theme_has(pred, &p.not_object) {
            return Err(format!("a theme word of {:?}", p.not_object.join(" | ")));
        }
        if !p.agent.is_empty() {
            let fits = self.subject_heads(pred).into_iter().any(|s| {
                std::iter::once(s)
                    .chain(t.kids_with(s, "compound"))
                    .any(|w| p.agent.contains(&t.lemma(w).to_lowercase()))
            });
            if !fits {
                return Err(format!("no agent word of {:?}", p.agent.join(" | ")));
            }
        }
        Ok(())
    }

    /// Whether the predicate's theme (objects, obliques, their "of"
    /// modifiers, the open complement and its objects; each head with its
    /// adjectives and compounds) has one of `words` as lemma or form.
    fn theme_has(&self, pred: usize, words: &[String]) -> bool {
        let t = self.tree;
        let mut heads: Vec<usize> = Vec::new();
        if t.word(pred).upos != "VERB" {
            heads.push(pred);
        }
        let mut verbs = vec![pred];
        verbs.extend(t.kids_with(pred, "xcomp"));
        // "called on Israel to observe a ceasefire": a purpose clause read as `advcl`.
        verbs.extend(
            t.kids_with(pred, "advcl")
                .filter(|&c| t.kids_with(c, "mark").any(|m| t.lemma(m) == "to")),
        );
        for &v in &verbs {
            if v != pred {
                heads.push(v);
            }
            heads.extend(self.carried_objects(v));
            // "was granted asylum": a passive's second object.
            if t.is_passive(v) {
                heads.extend(t.kids_with(v, "obj"));
            }
            // "were released and handed over to the ICRC": a passive's
            // conjunct with no subject of its own hands over its subject.
            if let Some(h) = t.head(v).filter(|&h| {
                t.rel(v) == "conj"
                    && t.word(v).xpos == "VBN"
                    && t.is_passive(h)
                    && t.kids_with(v, "nsubj").next().is_none()
            }) {
                heads.extend(t.kids_with(h, "nsubj:pass"));
            }
            heads.extend(t.kids_with(v, "obl").filter(|&c| !self.circumstantial(c)));
            heads.extend(t.kids_with(v, "nmod").filter(|&c| !self.circumstantial(c)));
        }
        // "fired a barrage of missiles into the sea": what a measure
        // counts stands in its place.
        let counted: Vec<usize> = heads
            .iter()
            .filter(|&&h| MEASURE_NOUNS.contains(&t.lemma(h).as_str()))
            .flat_map(|&h| t.with_prep(h, "nmod", "of"))
            .filter(|c| !heads.contains(c))
            .collect();
        heads.extend(counted);
        let direct = heads.len();
        let mut k = 0;
        while k < heads.len() {
            let h = heads[k];
            // "of" modifiers of every theme word, any modifier of the direct
            // ones ("investigated the minister for corruption").
            let first = k < direct;
            // (An `obl` under a noun is a modifier the parser misnamed:
            // "targeted army posts | with artillery".)
            let of: Vec<usize> = t
                .kids_with(h, "nmod")
                .chain(t.kids_with(h, "obl").filter(|_| t.is_nominal(h)))
                .filter(|&c| first || t.preposition(c).as_deref() == Some("of"))
                .filter(|&c| !self.circumstantial(c))
                .filter(|c| !heads.contains(c))
                .collect();
            heads.extend(of);
            // "sent three planes carrying rescue teams and tents": what a
            // sent craft carries is sent.
            if first {
                let carried: Vec<usize> = t
                    .kids_with(h, "acl")
                    .filter(|&a| matches!(t.lemma(a).as_str(), "carry" | "transport" | "contain"))
                    .flat_map(|a| t.kids_with(a, "obj").collect::<Vec<_>>())
                    .filter(|c| !heads.contains(c))
                    .collect();
                heads.extend(carried);
            }
            k += 1;
        }
        heads.iter().any(|&h| {
            // "military equipment and munitions": a conjunct is a theme too;
            // "a military aid package": so is a compound's adjective.
            std::iter::once(h)
                .chain(t.kids_with(h, "conj"))
                .chain(t.kids_with(h, "amod"))
                .chain(t.kids_with(h, "compound"))
                .chain(
                    t.kids_with(h, "compound")
                        .flat_map(|c| t.kids_with(c, "amod").collect::<Vec<_>>()),
                )
                .any(|w| {
                    let form = t.word(w).form.to_lowercase();
                    let lemma = t.lemma(w).to_lowercase();
                    words.iter().any(|x| {
                        // "into:sea": the word heads a phrase of that
                        // preposition ("fired missiles into the sea").
                        let (prep, x) = match x.split_once(':') {
                            Some((p, x)) => (Some(p), x),
                            None => (None, x.as_str()),
                        };
                        (x == lemma || x == form || form.strip_suffix('s') == Some(x))
                            && prep.is_none_or(|p| w == h && t.preposition(w).as_deref() == Some(p))
                    })
                })
        })
    }

    /// Whether an oblique or modifier says where or when ("during talks").
    fn circumstantial(&self, w: usize) -> bool {
        (self
            .tree
            .preposition(w)
            .is_some_and(|p| CIRCUMSTANTIAL_PREPS.contains(&p.as_str()))
            || following(self.tree, w))
            && !self.aid_measure(w)
    }

    /// "$5.5 billion in financial assistance": an amount's "in" phrase
    /// names what is given.
    fn aid_measure(&self, w: usize) -> bool {
        let t = self.tree;
        t.preposition(w).as_deref() == Some("in")
            && AID_NOUNS.contains(&t.lemma(w).to_lowercase().as_str())
    }

    /// The clauses above `clause` through open complements ("would agree to help").
    fn governing(&self, clause: &[usize]) -> Vec<usize> {
        let mut out = clause.to_vec();
        let mut cur = clause[clause.len() - 1];
        // ("could force the UN to suspend aid", the complement read as a
        // purpose: the modal holds it out too.)
        while let Some(h) = self
            .tree
            .head(cur)
            .filter(|&h| self.tree.rel(cur) == "xcomp" || self.complement_read_as_purpose(cur, h))
        {
            if out.contains(&h) {
                break;
            }
            out.push(h);
            cur = h;
        }
        out
    }

    fn has_aux(&self, clause: &[usize], lemmas: &[&str]) -> bool {
        let t = self.tree;
        self.governing(clause)
            .iter()
            .flat_map(|&h| t.kids_with(h, "aux"))
            .any(|c| lemmas.contains(&t.lemma(c).as_str()))
    }

    /// The threat code of a predicate with a condition of its own ("will
    /// strike if ...", "could tighten sanctions unless ..."), in the future
    /// or under a modal, if `code` is one of force or sanctions.
    fn conditional_threat(&self, clause: &[usize], code: &str) -> Option<&'static str> {
        // "will be forced to take steps if ...": the condition of the verb
        // above a complement holds the complement out too.
        let conditioned = self
            .governing(clause)
            .iter()
            .any(|&h| self.if_clauses(h).next().is_some() || self.any_act(h).is_some());
        // ("is ready to impose further sanctions if ...": held out as
        // surely.)
        let future = self.held_ready(clause)
            || self.has_aux(clause, &["will", "would", "could", "may", "might", "shall"]);
        (conditioned && future).then(|| threat_code(code)).flatten()
    }

    /// Whether the clause is what its actor says it stands "ready" (or
    /// "prepared", "poised") to do.
    fn held_ready(&self, clause: &[usize]) -> bool {
        self.governing(clause)[1..]
            .iter()
            .any(|&h| matches!(self.tree.lemma(h).as_str(), "ready" | "prepared" | "poised"))
    }

    /// The clauses of `h` opened by "if" or "unless".
    fn if_clauses(&self, h: usize) -> impl Iterator<Item = usize> + '_ {
        let t = self.tree;
        t.kids_with(h, "advcl").filter(move |&a| {
            t.kids_with(a, "mark")
                .any(|m| matches!(t.lemma(m).as_str(), "if" | "unless"))
        })
    }

    /// Whether a question takes the predicate's event as given: the
    /// predicate is in a clause of what came before the asking ("Will
    /// Israel retaliate after Iran fired missiles at Tel Aviv?"). What a
    /// question asks about, even "why did X ...", is not coded, as
    /// hypotheticals are not.
    fn presupposed_in_question(&self, pred: usize) -> bool {
        let t = self.tree;
        t.path_to_root(pred).into_iter().any(|n| {
            t.rel(n) == "advcl"
                && t.kids_with(n, "mark")
                    .chain(t.kids_with(n, "case"))
                    .any(|m| matches!(t.lemma(m).as_str(), "after" | "since" | "because"))
                && t.kids_with(n, "aux")
                    .all(|a| !HYPOTHETICAL_MODALS.contains(&t.lemma(a).as_str()))
        })
    }

    /// The act of any kind a verb answers, which holds its answer out as
    /// a condition does: "would respond decisively to any Israeli
    /// attack" (as "if Israel attacked").
    fn any_act(&self, verb: usize) -> Option<usize> {
        let t = self.tree;
        let any = |o: usize| {
            matches!(t.preposition(o).as_deref(), Some("to" | "against"))
                && t.kids_with(o, "det").any(|d| t.lemma(d) == "any")
        };
        t.children(verb)
            .iter()
            .copied()
            .find(|&o| t.rel(o) == "obl" && any(o))
            // "would respond with all its force to any incursion", the "to"
            // phrase hung on the manner.
            .or_else(|| {
                t.kids_with(verb, "obl")
                    .flat_map(|o| t.kids_with(o, "nmod").collect::<Vec<_>>())
                    .find(|&o| any(o))
            })
    }

    /// The threat code of a pattern that needs a condition, when its
    /// clause is instead what a threatening verb says will befall its
    /// subject: "vowed that Israel would face harsh punishment".
    fn vowed_fate(&self, p: &Pattern, pred: usize) -> Option<&'static str> {
        let t = self.tree;
        if !p.needs_condition || t.rel(pred) != "ccomp" {
            return None;
        }
        let h = t.head(pred)?;
        let future = t
            .kids_with(pred, "aux")
            .any(|a| matches!(t.lemma(a).as_str(), "will" | "would" | "shall"));
        (future && THREATENING_VERBS.contains(&t.lemma(h).as_str()))
            .then(|| threat_code(&p.code))
            .flatten()
    }

    /// Negation, conditionals, modals, questions and history. `consult`:
    /// the pattern is a consultation, for which "would" in reported speech
    /// is an announced future ("said he would visit"), not a hypothetical.
    /// `threat`: a conditional threat, whose modal is no hypothetical;
    /// `refusal`: a declared refusal, whose negation is the event.
    /// A future the predicate's own negation rules out ("will not impose",
    /// "would not withdraw"): the refusal code, if `code` is one of what
    /// an actor may give or yield.
    fn declared_refusal(&self, clause: &[usize], code: &str) -> Option<&'static str> {
        let t = self.tree;
        // "will not hold negotiations": a noun's light verb carries it.
        let &v = clause.iter().find(|&&h| t.word(h).upos == "VERB")?;
        let future = t
            .kids_with(v, "aux")
            .any(|a| matches!(t.lemma(a).as_str(), "will" | "would" | "shall" | "wo"));
        (future && self.negator(v).is_some())
            .then(|| refusal_code(code))
            .flatten()
    }

    fn check_blockers(
        &self,
        clause: &[usize],
        consult: bool,
        threat: bool,
        refusal: bool,
    ) -> Result<(), String> {
        let t = self.tree;
        let chain = self.governing(clause);
        for &h in &chain {
            // "expelled no diplomats", "no arrests were made".
            if let Some(d) = self
                .denied_argument(h)
                .filter(|_| !(refusal && clause.contains(&h)))
            {
                return Err(format!("negated ({:?})", t.word(d).form));
            }
            for &c in t.children(h) {
                let lemma = t.lemma(c);
                let rel = t.rel(c);
                // ("will not hesitate to respond": it will.)
                if (rel == "advmod" || rel == "det" || rel == "neg")
                    && NEGATORS.contains(&lemma.as_str())
                    && !(refusal && clause.contains(&h))
                    && t.lemma(h) != "hesitate"
                {
                    return Err(format!("negated ({:?})", t.word(c).form));
                }
                if rel == "mark" && CONDITIONAL_MARKS.contains(&lemma.as_str()) {
                    return Err(format!("conditional ({:?})", t.word(c).form));
                }
                // "until they leave the border towns": a present
                // tense after "until" is a condition still to be met; so is
                // any clause after "as long as".
                let until_now =
                    lemma == "until" && matches!(t.word(h).xpos.as_str(), "VBP" | "VBZ" | "VB");
                let as_long_as = lemma == "as" && t.head(h).is_some_and(|g| t.lemma(g) == "long");
                // "refused to set it up before Serbia recognises Kosovo",
                // "will resume once Russia withdraws": a present tense in a
                // clause of time under a verb that is not present itself
                // (a headline's "resume after Russia withdraws" is) tells
                // what has yet to happen.
                // ("days after warplanes struck ...", "struck" tagged as a
                // present.)
                let past_form = || {
                    let form = t.word(h).form.to_lowercase();
                    form.ends_with("ed")
                        || crate::IRREGULAR.iter().any(|(f, _)| *f == form.as_str())
                };
                let yet = rel == "mark"
                    && matches!(lemma.as_str(), "before" | "once" | "after" | "when")
                    && matches!(t.word(h).xpos.as_str(), "VBP" | "VBZ")
                    && t.head(h)
                        .is_some_and(|g| !matches!(t.word(g).xpos.as_str(), "VBP" | "VBZ"))
                    && !past_form();
                if rel == "mark" && (until_now || as_long_as || yet) {
                    return Err(format!("conditional ({:?})", t.word(c).form));
                }
            }
        }
        // "did not meet or speak": a conjunct with no subject or auxiliary
        // of its own shares its head's negation, unless it turns against it
        // ("did not attend but sent a letter").
        for &h in &chain {
            if t.rel(h) != "conj"
                || t.children(h).iter().any(|&c| {
                    matches!(t.rel(c), "nsubj" | "nsubj:pass" | "aux" | "aux:pass")
                        || (t.rel(c) == "cc" && CONTRASTIVE_CCS.contains(&t.lemma(c).as_str()))
                })
            {
                continue;
            }
            if let Some(c) = t.head(h).and_then(|v| self.negator(v)) {
                return Err(format!("negated ({:?}, shared)", t.word(c).form));
            }
        }
        // "India has not joined Western sanctions": an event noun under a
        // negated verb is denied with it; not one that only dates it
        // ("agreed not to use force during talks").
        let dating = |n: usize| {
            t.kids_with(n, "case").any(|c| {
                matches!(
                    t.lemma(c).as_str(),
                    "during" | "after" | "before" | "amid" | "since"
                )
            })
        };
        // ("did not hold talks during a regional meeting": a meeting that
        // dates a meeting denied is not theirs either.)
        let denied_meeting = |v: usize| matches!(t.lemma(v).as_str(), "hold" | "have" | "meet");
        if clause.len() == 1 && t.word(clause[0]).upos == "NOUN" {
            if let Some(v) = t.head(clause[0]).filter(|&v| {
                t.word(v).upos == "VERB"
                    && matches!(t.rel(clause[0]), "obj" | "obl")
                    && (!dating(clause[0]) || denied_meeting(v))
            }) {
                if let Some(c) = self.negator(v) {
                    return Err(format!(
                        "negated ({:?} {:?})",
                        t.word(c).form,
                        t.word(v).form
                    ));
                }
            }
        }
        for &h in &chain[clause.len()..] {
            if self.negating(h) {
                return Err(format!("under {:?}", t.word(h).form));
            }
        }
        // "ruled out recognising Kosovo", the gerund read as an object (not
        // a participle after a comma: "rejected the vote, calling it ...").
        let own_clause =
            t.rel(clause[0]) == "advcl" && clause[0] > 1 && t.word(clause[0] - 1).form == ",";
        if let Some(h) = t.head(clause[0]).filter(|_| {
            matches!(t.rel(clause[0]), "obj" | "ccomp" | "advcl")
                && t.word(clause[0]).xpos == "VBG"
                && !own_clause
        }) {
            if self.negating(h) {
                return Err(format!("under {:?}", t.word(h).form));
            }
        }
        // "failed to agree on a ceasefire": an event noun of a verb under
        // a negating verb is not had either; nor one an act on it holds
        // ("refused to approve the renewal of EU sanctions").
        if clause.len() == 1 && t.word(clause[0]).upos == "NOUN" && !dating(clause[0]) {
            let mut top = clause[0];
            while let Some(n) = t.head(top).filter(|&n| {
                t.rel(top) == "nmod"
                    && t.preposition(top).as_deref() == Some("of")
                    && t.word(n).upos == "NOUN"
            }) {
                top = n;
            }
            if let Some(v) = t
                .head(top)
                .filter(|&v| t.word(v).upos == "VERB" && matches!(t.rel(top), "obj" | "obl"))
            {
                if let Some(&h) = self.governing(&[v])[1..]
                    .iter()
                    .find(|&&h| self.negating(h))
                {
                    return Err(format!("under {:?}", t.word(h).form));
                }
            }
        }
        // "X denied that it attacked Y": the clause is what is denied.
        if let Some(&top) = chain.last() {
            if t.rel(top) == "ccomp" {
                if let Some(h) = t.head(top) {
                    if DENYING_VERBS.contains(&t.lemma(h).as_str()) {
                        return Err(format!("denied (under {:?})", t.word(h).form));
                    }
                }
            }
        }
        // Clauses of a noun that did not happen: the content of a claim the
        // verb denies ("rejected claims that its troops had fired on ...",
        // the clause an `acl` or a `ccomp` of the noun) or does not confirm
        // ("declined to comment on reports that ..."), and what a text says
        // when the text is not issued ("failed to adopt a statement
        // condemning X", "vetoed a resolution demanding ...").
        for &c in &chain {
            // (A verb the parser hung as a modifier, right after "that",
            // is the clause too.)
            let Some(n) = t.head(c).filter(|&n| {
                matches!(t.full_rel(c), "acl" | "ccomp" | "acl:relcl")
                    || (t.rel(c) == "nmod"
                        && t.word(c).upos == "VERB"
                        && n < t.len()
                        && t.lemma(n + 1) == "that")
            }) else {
                continue;
            };
            let that = self.that_clause(n, c);
            let under_negation =
                |v: usize| self.governing(&[v]).into_iter().find(|&h| self.negating(h));
            if that && crate::tree::CLAIM_NOUNS.contains(&t.lemma(n).as_str()) {
                let denied = t.head(n).is_some_and(|v| {
                    DENYING_VERBS.contains(&t.lemma(v).as_str()) || under_negation(v).is_some()
                });
                if denied {
                    return Err(format!("denied (a claim under {:?})", t.word(n).form));
                }
                // "opened an inquiry into reports that X tortured ...":
                // what is being investigated is alleged, not told.
                let inquiry = |w: usize| {
                    matches!(
                        t.lemma(w).as_str(),
                        "investigation" | "inquiry" | "probe" | "investigate" | "look"
                    )
                };
                // (Or hung on the verb that opens the inquiry.)
                let investigated = t.preposition(n).as_deref() == Some("into")
                    && t.head(n)
                        .is_some_and(|v| inquiry(v) || t.kids_with(v, "obj").any(inquiry));
                if investigated {
                    return Err(format!("under investigation ({:?})", t.word(n).form));
                }
            }
            // "has given no indication that it will expel ...", "no sign
            // that": a clause of a noun denied by its "no".
            if that
                && t.word(n).upos == "NOUN"
                && t.kids_with(n, "det")
                    .any(|d| t.lemma(d).eq_ignore_ascii_case("no"))
            {
                return Err(format!("denied (\"no {}\")", t.word(n).form));
            }
            let document = t.full_rel(c) == "acl" && DOCUMENT_NOUNS.contains(&t.lemma(n).as_str());
            if let Some(v) = t.head(n).filter(|&v| document && t.word(v).upos == "VERB") {
                if let Some(x) = self.negator(v) {
                    return Err(format!(
                        "negated ({:?} {:?})",
                        t.word(x).form,
                        t.word(v).form
                    ));
                }
                if let Some(h) = under_negation(v) {
                    return Err(format!("under {:?}", t.word(h).form));
                }
            }
        }
        // A threat's or a refusal's modal is the event's own.
        let excused = threat || refusal || (consult && self.reported_would(clause));
        if !excused && self.has_aux(clause, HYPOTHETICAL_MODALS) {
            return Err("hypothetical (modal)".into());
        }
        // "could agree on a ceasefire": an event noun of a verb under a
        // modal is as hypothetical as the verb; "a Turkish offensive would
        // be a disaster": so is one its subject.
        if clause.len() == 1 && t.word(clause[0]).upos == "NOUN" && !dating(clause[0]) && !excused {
            let subject_of_modal = t.rel(clause[0]) == "nsubj"
                && t.head(clause[0]).is_some_and(|h| {
                    self.has_aux(&[h], HYPOTHETICAL_MODALS) && !self.reported_would(&[h])
                });
            if subject_of_modal {
                return Err("hypothetical (modal)".into());
            }
            if let Some(v) = t
                .head(clause[0])
                .filter(|&v| t.word(v).upos == "VERB" && matches!(t.rel(clause[0]), "obj" | "obl"))
            {
                if self.has_aux(&[v], HYPOTHETICAL_MODALS) && !self.reported_would(&[v]) {
                    return Err("hypothetical (modal)".into());
                }
                // "if Britain joined strikes on Yemen".
                if let Some(m) = t
                    .kids_with(v, "mark")
                    .find(|&m| CONDITIONAL_MARKS.contains(&t.lemma(m).as_str()))
                {
                    return Err(format!("conditional ({:?})", t.word(m).form));
                }
            }
        }
        // "would respond to any Israeli attack": an act of any kind is
        // no act that happened ("will not hold any talks" is refused).
        if !refusal
            && t.word(clause[0]).upos == "NOUN"
            && t.kids_with(clause[0], "det")
                .any(|d| t.lemma(d).eq_ignore_ascii_case("any"))
        {
            return Err("hypothetical (\"any\")".into());
        }
        let is_question = !t.is_empty() && t.word(t.len()).form == "?";
        if is_question && !self.presupposed_in_question(clause[0]) {
            return Err("question".into());
        }
        // "Were Beijing to impose a blockade, ...": an inverted condition
        // up to its comma.
        if t.len() > 2
            && matches!(t.word(1).form.as_str(), "Were" | "Had" | "Should")
            && clause[0] < (1..=t.len()).find(|&k| t.word(k).form == ",").unwrap_or(0)
        {
            return Err(format!("conditional ({:?} ...)", t.word(1).form));
        }
        // "an accusation Kigali has repeatedly denied": what has long been
        // said of a charge tells of its past, not of this day.
        // Read from the words: the parser rarely sees the relative clause.
        let p = clause[0];
        if let Some((_, noun)) = appositive_noun(t, p, 12) {
            // "has repeatedly denied", "has long rejected"; not "a claim
            // Baku denied", which is today's denial.
            let habitual = (noun + 1..p).any(|k| {
                matches!(
                    t.word(k).form.to_lowercase().as_str(),
                    "has" | "have" | "repeatedly" | "long" | "consistently" | "always"
                )
            });
            if noun < p
                && habitual
                && CHARGE_NOUNS.contains(&t.lemma(noun).to_lowercase().as_str())
                && (noun + 1..p).all(|k| t.word(k).form != "," && t.word(k).upos != "VERB")
            {
                return Err(format!("of the charge {:?}", t.word(noun).form));
            }
        }
        if let Some(why) = historical(t, clause[0], self.reference) {
            return Err(format!("historical: {why}"));
        }
        Ok(())
    }

    /// The subject heads of a verb: its own, the `by` phrase of a passive,
    /// or those of the verb it is coordinated with or controlled by.
    fn subject_heads(&self, verb: usize) -> Vec<usize> {
        let t = self.tree;
        if t.is_passive(verb) {
            let mut by = t.agents(verb);
            if by.is_empty() {
                // The parser often hangs the agent on the phrase before it
                // ("imposed on Belarus | by the EU"): a passive verb's agent
                // is the last `by` phrase under its own obliques and object.
                by.extend(
                    t.children(verb)
                        .iter()
                        .filter(|&&c| matches!(t.rel(c), "obl" | "obj"))
                        .flat_map(|&c| t.with_prep(c, "nmod", "by"))
                        .last(),
                );
            }
            if by.is_empty() {
                // "was shelled and stormed by the RSF": passive conjuncts
                // share the agent the last of them has.
                by.extend(
                    t.kids_with(verb, "conj")
                        .filter(|&c| {
                            c > verb
                                && t.word(c).upos == "VERB"
                                && t.kids_with(c, "nsubj").next().is_none()
                        })
                        .flat_map(|c| t.with_prep(c, "obl", "by"))
                        .last(),
                );
            }
            if by.is_empty() {
                // Deeper still, as a conjunct of a list: "imposed on two
                // companies, Rosneft and Lukoil, by the United States".
                by.extend((verb + 1..=t.len()).rev().find(|&w| {
                    if !t.is_nominal(w)
                        || t.word(w).upos == "PRON"
                        || t.preposition(w).as_deref() != Some("by")
                    {
                        return false;
                    }
                    // Below the verb with no other verb between.
                    let path = t.path_to_root(w);
                    path.contains(&verb)
                        && path[1..]
                            .iter()
                            .take_while(|&&h| h != verb)
                            .all(|&h| t.word(h).upos != "VERB")
                }));
            }
            if by.is_empty() {
                // "was killed in an Israeli drone strike": the attack the
                // passive happened in, named by its doer's adjective.
                by.extend(
                    t.with_prep(verb, "obl", "in")
                        .into_iter()
                        .filter(|&n| ATTACK_NOUNS.contains(&t.lemma(n).as_str())),
                );
            }
            // "killed by an anti-tank missile fired by Hezbollah": who fired
            // the weapon is the agent; "wounded by sniper fire from Armenian
            // positions": whence it came.
            return by
                .into_iter()
                .map(|h| {
                    t.kids_with(h, "acl")
                        .filter(|&a| t.word(a).xpos == "VBN")
                        .flat_map(|a| t.with_prep(a, "obl", "by"))
                        .next()
                        .or_else(|| {
                            // (Or "from" hung on the verb.)
                            FIRE_NOUNS
                                .contains(&t.lemma(h).as_str())
                                .then(|| {
                                    t.with_prep(h, "nmod", "from")
                                        .into_iter()
                                        .chain(t.with_prep(verb, "obl", "from"))
                                        .next()
                                })
                                .flatten()
                        })
                        .unwrap_or(h)
                })
                .collect();
        }
        let own: Vec<usize> = t.kids_with(verb, "nsubj").collect();
        // "..., from Japan's embassy in Beijing, which urged ..." with the
        // relative clause a conjunct of the main verb: "which" is the
        // phrase before its comma (past a place in it).
        if let [p] = own[..] {
            // Not "who": "X, who has long accused Y, ..." describes a person.
            let relative = t.lemma(p).eq_ignore_ascii_case("which");
            if relative && t.rel(verb) != "acl:relcl" {
                if let Some(k) = self.antecedent_before_comma(p) {
                    return vec![k];
                }
            }
        }
        // "India struck sites in Pakistan, saying it had hit camps": "it"
        // in what a participle of saying reports is the one saying it.
        if let [p] = own[..] {
            let it = t.word(p).upos == "PRON"
                && matches!(t.lemma(p).to_lowercase().as_str(), "it" | "they");
            let sayer = t.head(verb).filter(|&s| {
                t.rel(verb) == "ccomp"
                    && t.rel(s) == "advcl"
                    && t.word(s).form.to_lowercase().ends_with("ing")
                    && SAYING_PARTICIPLES.contains(&t.lemma(s).as_str())
                    && t.kids_with(s, "nsubj").next().is_none()
            });
            if let Some(s) = sayer.filter(|_| it) {
                let above = self.subject_heads(s);
                if !above.is_empty() {
                    return above;
                }
            }
        }
        if !own.is_empty() {
            return own;
        }
        let names = self.left_names(verb);
        if !names.is_empty() {
            return names;
        }
        if let Some(x) = self.absolute_subject(verb) {
            return vec![x];
        }
        // "China's decision to ban imports": who decides does it.
        if let Some(n) = t.head(verb).filter(|&n| {
            t.rel(verb) == "acl"
                && t.kids_with(verb, "mark").any(|m| t.lemma(m) == "to")
                && MOVE_NOUNS.contains(&t.lemma(n).as_str())
        }) {
            let owners: Vec<usize> = t.kids_with(n, "nmod:poss").collect();
            if !owners.is_empty() {
                return owners;
            }
        }
        // "condemned Peru for detaining a former minister": whom a judge
        // faults for an act did it.
        let faulted_for = |v: usize| {
            t.head(v).filter(|&j| {
                matches!(t.rel(v), "advcl" | "acl")
                    && t.word(v).xpos == "VBG"
                    && t.children(v)
                        .iter()
                        .any(|&m| matches!(t.rel(m), "mark" | "case") && t.lemma(m) == "for")
                    && FAULTING_VERBS.contains(&t.lemma(j).as_str())
            })
        };
        // (Not a participle after a comma the parser hung on that act:
        // "criticised China for staging drills, calling them ...": the
        // judge's.)
        let comma_participle = t.word(verb).xpos == "VBG"
            && verb > 1
            && t.word(verb - 1).form == ","
            && t.rel(verb) == "advcl";
        if let Some(j) = t
            .head(verb)
            .and_then(faulted_for)
            .filter(|_| comma_participle)
        {
            return self.subject_heads(j);
        }
        if let Some(j) = faulted_for(verb) {
            let judged = self.object_heads(j);
            if !judged.is_empty() {
                return judged;
            }
        }
        let Some(h) = t.head(verb) else { return own };
        // "imposed visa restrictions on 250 officials, accusing ...": a
        // participle after a comma that the parser hung on the verb's
        // object or oblique is the verb's.
        let after_comma = t
            .children(verb)
            .iter()
            .any(|&c| c < verb && t.word(c).form == ",");
        let (h, rel) = match t.head(h) {
            Some(v)
                if (matches!(t.rel(verb), "advcl" | "acl")
                    || (t.rel(verb) == "parataxis" && t.word(verb).xpos == "VBG")
                    // "sanctions on X, accusing ..." with the participle a
                    // conjunct of the noun.
                    || (t.rel(verb) == "conj"
                        && t.word(verb).upos == "VERB"
                        && t.word(verb).form.to_lowercase().ends_with("ing")))
                    // "signed an order lifting sanctions on Syria": what
                    // a signed text does, its signer does.
                    && (after_comma
                        || (t.rel(verb) == "acl"
                            && DOCUMENT_NOUNS.contains(&t.lemma(h).as_str())
                            && ISSUING_VERBS.contains(&t.lemma(v).as_str())))
                    && t.is_nominal(h)
                    && matches!(t.rel(h), "obj" | "obl")
                    && t.word(v).upos == "VERB" =>
            {
                (v, "advcl")
            }
            // "filed a case at the court in The Hague accusing Israel": a
            // participle hung on a place phrase is the clause's.
            // "sent a letter to the UN accusing Russia": so is one hung on a
            // document's addressee.
            _ if t.rel(verb) == "acl"
                && t.word(verb).form.to_lowercase().ends_with("ing")
                && (matches!(t.preposition(h).as_deref(), Some("in" | "at"))
                    || (matches!(t.preposition(h).as_deref(), Some("to" | "with"))
                        && t.head(h)
                            .is_some_and(|d| DOCUMENT_NOUNS.contains(&t.lemma(d).as_str())))) =>
            {
                let mut v = h;
                while t.word(v).upos != "VERB" {
                    match t.head(v) {
                        Some(up) => v = up,
                        None => break,
                    }
                }
                if t.word(v).upos == "VERB" {
                    (v, "advcl")
                } else {
                    (h, t.rel(verb))
                }
            }
            _ => (h, t.rel(verb)),
        };
        // "demanded that the mission withdraw, accusing it of ...": a
        // participle of saying at the end of a reported clause is the
        // reporter's.
        // Through clauses inside the reported one ("demanded that France
        // withdraw the soldiers it has stationed, accusing Paris ...").
        // And through a conjunct of it ("said X had blown up and bulldozed
        // houses, accusing ...").
        let reporter_above = |mut c: usize| {
            for _ in 0..3 {
                if t.rel(c) == "conj" && t.word(c).upos == "VERB" {
                    c = t.head(c)?;
                }
                let g = t.head(c).filter(|_| t.rel(c) == "ccomp")?;
                if t.word(g).upos == "VERB"
                    && (SPEECH_VERBS.contains(&t.lemma(g).as_str())
                        || REQUESTING_CLAUSE_VERBS.contains(&t.lemma(g).as_str()))
                {
                    return Some(g);
                }
                c = g;
            }
            None
        };
        let reporter = (rel == "advcl" && SAYING_PARTICIPLES.contains(&t.lemma(verb).as_str()))
            .then(|| reporter_above(h))
            .flatten();
        let (h, rel) = match t.head(h) {
            _ if let Some(g) = reporter => (g, rel),
            // "threatened to take countermeasures, accusing Washington of
            // ...": a participle of saying after a complement is its
            // controller's.
            Some(g)
                if rel == "advcl"
                    && t.rel(h) == "xcomp"
                    && after_comma
                    && SAYING_PARTICIPLES.contains(&t.lemma(verb).as_str())
                    && t.word(g).upos == "VERB" =>
            {
                (g, rel)
            }
            _ => (h, rel),
        };
        let inherits = match rel {
            "conj" => true,
            // "ordered the army to put its forces on alert": what is
            // ordered is done by whom it is ordered of, whatever the order
            // codes itself.
            "xcomp" => {
                !self.patterns.has_lemma(PredicateKind::Verb, &t.lemma(h))
                    || ORDERING_VERBS.contains(&t.lemma(h).as_str())
                    // "moved to lift sanctions": the step is the act.
                    || matches!(t.lemma(h).as_str(), "move" | "rush" | "proceed" | "manage")
            }
            // "expelled two diplomats, accusing Chisinau of ...": a
            // participle after its verb shares the verb's subject.
            // "closed the highway to protest against ...": a protest or demand
            // as the purpose of its verb too (other purposes are intents,
            // not acts).
            "advcl" => {
                // "sent jets to bomb ...": the raid the aircraft were sent
                // on (troops "sent to the border to attack" are an intent).
                let sortie = matches!(
                    t.lemma(h).as_str(),
                    "send" | "dispatch" | "scramble" | "deploy"
                ) && matches!(
                    t.lemma(verb).as_str(),
                    "bomb" | "strike" | "attack" | "hit" | "raid" | "pound"
                ) && t.kids_with(h, "obj").any(|o| {
                    matches!(
                        t.lemma(o).to_lowercase().as_str(),
                        "jet"
                            | "jets"
                            | "warplane"
                            | "warplanes"
                            | "plane"
                            | "planes"
                            | "aircraft"
                            | "bomber"
                            | "bombers"
                            | "drone"
                            | "drones"
                            | "helicopter"
                            | "helicopters"
                            | "fighter"
                            | "fighters"
                    )
                });
                // "moved this week to lift ...", the complement read as a
                // purpose past the day read as an object.
                let step = t.lemma(h) == "move"
                    && t.kids_with(h, "obj").all(|o| {
                        crate::when::is_time_word(&t.word(o).form)
                            || matches!(t.lemma(o).as_str(), "week" | "month" | "year" | "day")
                    });
                // ("summoned the envoy to protest the attack": the
                // summons is the protest, coded as such.)
                let diplomatic = matches!(t.lemma(h).as_str(), "summon" | "recall" | "expel");
                let purpose = t.kids_with(verb, "mark").any(|m| t.lemma(m) == "to")
                    && ((PROTEST_PURPOSES.contains(&t.lemma(verb).as_str()) && !diplomatic)
                        || sortie
                        || step)
                    && !t.kids_with(verb, "nsubj").any(|_| true);
                let participle = t.word(verb).form.to_lowercase().ends_with("ing")
                    && t.kids_with(verb, "nsubj").next().is_none();
                (verb > h
                    && (purpose
                        || (participle
                            && t.kids_with(verb, "mark").all(|m| {
                                matches!(
                                    t.lemma(m).to_lowercase().as_str(),
                                    "while" | "after" | "before" | "when"
                                )
                            }))))
                    // "Meeting in Kingstown on Thursday, Maduro and Ali
                    // agreed ...": a participle opening the sentence.
                    || (verb < h
                        && participle
                        && (1..verb).all(|k| t.word(k).upos == "PUNCT")
                        && t.kids_with(verb, "mark").next().is_none()
                        && t.children(h).iter().any(|&c| {
                            c > verb && c < h && t.rel(c) == "nsubj"
                        }))
            }
            _ => false,
        };
        // "Belarus will be forced to respond", "was asked to go": the
        // complement of a passive is done by the passive's subject.
        if rel == "xcomp" && h != verb && t.is_passive(h) {
            let passive_subjects: Vec<usize> = t
                .children(h)
                .iter()
                .copied()
                .filter(|&c| t.full_rel(c) == "nsubj:pass")
                .collect();
            if !passive_subjects.is_empty() {
                return passive_subjects;
            }
        }
        // "prompting Somalia to recall its envoy", the complement read as
        // a clause of purpose: still done by the object.
        let told = h != verb
            && self.complement_read_as_purpose(verb, h)
            && t.kids_with(verb, "nsubj").next().is_none()
            && OBJECT_CONTROL.contains(&t.lemma(h).as_str());
        if (!inherits && !told) || h == verb {
            return own;
        }
        // "prompted Ottawa to demand ...": an object-control verb's
        // complement is done by its object.
        if (t.rel(verb) == "xcomp" || told) && OBJECT_CONTROL.contains(&t.lemma(h).as_str()) {
            // The parser may read the one told as an indirect object.
            let mut objects: Vec<usize> = t.kids_with(h, "obj").collect();
            if objects.is_empty() {
                objects.extend(t.kids_with(h, "iobj"));
            }
            // "ordered his military command to ...": an order to no named
            // actor is carried out for whoever gave it.
            let unnamed = ORDERING_VERBS.contains(&t.lemma(h).as_str())
                && !objects
                    .iter()
                    .any(|&o| self.resolver.names_actor_or_role(&t.word(o).form));
            if !objects.is_empty() && !unnamed {
                return objects;
            }
        }
        let mut above = self.subject_heads(h);
        // "vowed to work with the US, after meeting Rubio": a participle
        // on a complement is its controller's too.
        let mut g = h;
        while above.is_empty() && rel == "advcl" && t.rel(g) == "xcomp" {
            match t.head(g) {
                Some(up) if up != verb => {
                    g = up;
                    above = self.subject_heads(g);
                }
                _ => break,
            }
        }
        let scheduled = INTENT_HEADS.contains(&t.lemma(h).as_str());
        if above.is_empty() && t.rel(verb) == "xcomp" && t.is_passive(h) && scheduled {
            // "X is expected to meet Y", "is scheduled to visit": the
            // passive's subject is the complement's.
            return t.kids_with(h, "nsubj").collect();
        }
        above
    }

    /// A subjectless verb's capitalised dependents before it with no
    /// preposition: the subject, mis-labelled ("Norway" as `advmod` in
    /// "Norway mediated ...").
    fn left_names(&self, verb: usize) -> Vec<usize> {
        let t = self.tree;
        t.children(verb)
            .iter()
            .copied()
            .filter(|&c| c < verb && t.preposition(c).is_none())
            .filter(|&c| {
                matches!(
                    t.rel(c),
                    "advmod" | "amod" | "compound" | "dep" | "obl" | "nmod"
                )
            })
            .filter(|&c| {
                t.word(c)
                    .form
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .take(1)
            .collect()
    }

    /// Whom the verb of judging at `pred` judges (`Slot::Judged`): its
    /// object, unless that is a pronoun or a word for an act ("the move",
    /// "the incident"), then the doer of the act its clause comments on:
    /// the subject of what the verb above reports ("said Serbia had flown
    /// a drone over Kosovo, calling the incident ..."), else that verb's object
    /// or partner ("rejected the Venezuelan vote, calling the move ...");
    /// for a relative clause ("a step Rabat called a snub", "a trial
    /// Ottawa called a farce"), the subject of the first verb above the
    /// noun it modifies. Nothing without an object ("called for calm").
    fn judged_heads(&self, pred: usize) -> Vec<usize> {
        let t = self.tree;
        let objects: Vec<usize> = t.kids_with(pred, "obj").collect();
        // "a move X called an affront": the noun is the judged object; "what
        // X called a hostile build-up": the complement is.
        let gap = t.full_rel(pred) == "acl:relcl"
            && t.head(pred)
                .is_some_and(|n| t.lemma(n).to_lowercase() != "what");
        // "denied its planes had flown over the border, calling the
        // reports lies": the judging is part of the denial.
        let denial = t.head(pred).is_some_and(|h| {
            std::iter::once(h)
                .chain(t.head(h).filter(|_| t.rel(h) == "ccomp"))
                .any(|v| matches!(t.lemma(v).as_str(), "deny" | "refute"))
        });
        if objects.is_empty() || denial {
            return Vec::new();
        }
        // The object named first: a word for an act is tried last ("the
        // Israeli offensive" names its doer; "the raid on the Mexican
        // embassy" names its victim).
        let judged: Vec<usize> = objects
            .iter()
            .copied()
            .take(if gap { 0 } else { 1 })
            .filter(|&o| t.word(o).upos != "PRON")
            .collect();
        let act = |o: &usize| JUDGED_ACTS.contains(&t.lemma(*o).to_lowercase().as_str());
        let mut out: Vec<usize> = judged.iter().copied().filter(|o| !act(o)).collect();
        let partner =
            |h: usize| matches!(t.preposition(h).as_deref(), Some("with" | "on" | "against"));
        // "imposed sanctions on X, accusing them of ...", the participle
        // hung on the object: what the object is against, then its verb.
        let on_noun = t.head(pred).filter(|&n| {
            t.rel(pred) == "advcl"
                && t.is_nominal(n)
                && matches!(t.rel(n), "obj" | "obl")
                && t.head(n).is_some_and(|v| t.word(v).upos == "VERB")
        });
        if let Some(n) = on_noun {
            out.extend(t.kids_with(n, "nmod").filter(|&c| partner(c)));
        }
        match on_noun.and_then(|n| t.head(n)).or(t.head(pred)) {
            Some(h)
                if (on_noun.is_some() || matches!(t.rel(pred), "advcl" | "conj" | "parataxis"))
                    && t.word(h).upos == "VERB" =>
            {
                // "said Russian troops had shot three soldiers, calling it a
                // violation", the participle hung on the reported verb.
                if t.rel(h) == "ccomp" {
                    out.extend(self.subject_heads(h));
                }
                // "X has driven 400,000 people out, the U.N. said, calling
                // the campaign ...": what a trailing report reports.
                if let Some(r) = t.head(h).filter(|_| t.rel(h) == "parataxis") {
                    out.extend(self.subject_heads(r));
                }
                for c in t.kids_with(h, "ccomp") {
                    out.extend(self.subject_heads(c));
                }
                // The verb's and its conjuncts' ("expelled the consul and
                // cut ties with Riga, accusing ...").
                let verbs: Vec<usize> = std::iter::once(h)
                    .chain(t.kids_with(h, "conj").filter(|&c| t.word(c).upos == "VERB"))
                    .collect();
                for v in verbs {
                    let objects = self.object_heads(v);
                    out.extend(objects.iter().copied());
                    // "downgraded relations with Tallinn".
                    for &o in &objects {
                        out.extend(t.kids_with(o, "nmod").filter(|&c| partner(c)));
                    }
                    out.extend(t.kids_with(v, "obl").filter(|&c| partner(c)));
                }
            }
            Some(n) if t.rel(pred) == "acl" && n < pred => {
                let mut up = t.head(n);
                while let Some(v) = up {
                    if t.word(v).upos == "VERB" {
                        out.extend(self.subject_heads(v));
                        break;
                    }
                    up = t.head(v);
                }
            }
            _ => {}
        }
        out.extend(judged.iter().copied().filter(act));
        out
    }

    /// The phrase a relative "which" at `p` stands for when the parser
    /// made its clause no relative one: the nominal right before its comma
    /// (past a place in it).
    fn antecedent_before_comma(&self, p: usize) -> Option<usize> {
        let t = self.tree;
        if p < 3 || t.word(p - 1).form != "," {
            return None;
        }
        let mut k = p - 2;
        loop {
            let place = matches!(
                t.preposition(k).as_deref(),
                Some("in" | "at" | "near" | "outside" | "inside")
            );
            if t.is_nominal(k) && !place && t.word(k).upos != "PRON" {
                return Some(k);
            }
            match t.head(k) {
                Some(h) if h < p - 1 => k = h,
                _ => return None,
            }
        }
    }

    /// Objects: `obj`, a bare noun phrase after the verb mis-labelled
    /// `obl` (or `obl:agent` with no "by"); a passive's subject; for a
    /// relative "which", what it stands for.
    fn object_heads(&self, verb: usize) -> Vec<usize> {
        let t = self.tree;
        if t.is_passive(verb) {
            let own: Vec<usize> = t.kids_with(verb, "nsubj").collect();
            // "... nationals linked to a gambling hub were deported by X":
            // a passive conjunct shares its subject with the verb before it.
            return match t.head(verb) {
                Some(h) if own.is_empty() && t.rel(verb) == "conj" && h < verb => {
                    t.kids_with(h, "nsubj").filter(|&s| s < h).collect()
                }
                _ => own,
            };
        }
        let mut out: Vec<usize> = t.kids_with(verb, "obj").collect();
        // A lone indirect object is the parser's misreading of the object
        // ("warned Seychelles against ...").
        if out.is_empty() {
            out.extend(t.kids_with(verb, "iobj"));
        }
        if out.is_empty() {
            out.extend(
                t.kids_with(verb, "obl")
                    .filter(|&c| c > verb && t.preposition(c).is_none())
                    .filter(|&c| matches!(t.full_rel(c), "obl" | "obl:agent")),
            );
        }
        // "the government, which they accuse of corruption".
        for o in out.iter_mut() {
            if t.word(*o).upos == "PRON" && t.lemma(*o).eq_ignore_ascii_case("which") {
                let antecedent = if t.rel(verb) == "acl:relcl" {
                    t.head(verb)
                } else {
                    self.antecedent_before_comma(*o)
                };
                if let Some(a) = antecedent {
                    *o = a;
                }
            }
        }
        out
    }

    /// The objects of `verb`, and what they carry: "sent a plane carrying
    /// 90 tonnes of food to Port Sudan" is a sending of food.
    fn carried_objects(&self, verb: usize) -> Vec<usize> {
        let t = self.tree;
        let mut out = self.object_heads(verb);
        let carried: Vec<usize> = self
            .carriers(&out)
            .into_iter()
            .flat_map(|a| {
                // "carrying food", "loaded with food".
                if t.word(a).xpos == "VBG" {
                    self.object_heads(a)
                } else {
                    t.with_prep(a, "obl", "with")
                }
            })
            .collect();
        out.extend(carried);
        out
    }

    /// The participles by which objects say what they carry: "a plane
    /// carrying food", "a convoy of trucks loaded with tents".
    fn carriers(&self, objects: &[usize]) -> Vec<usize> {
        let t = self.tree;
        objects
            .iter()
            .flat_map(|&o| std::iter::once(o).chain(t.with_prep(o, "nmod", "of")))
            .flat_map(|o| t.kids_with(o, "acl").collect::<Vec<_>>())
            .filter(|&a| t.full_rel(a) == "acl")
            .filter(|&a| {
                (t.word(a).xpos == "VBG"
                    && matches!(t.lemma(a).as_str(), "carry" | "contain" | "bring"))
                    || (t.word(a).xpos == "VBN"
                        && matches!(
                            t.word(a).form.to_lowercase().as_str(),
                            "loaded" | "laden" | "packed" | "filled"
                        ))
            })
            .collect()
    }

    fn oblique_heads(&self, head: usize, prep: &str) -> Vec<usize> {
        let t = self.tree;
        let mut out = t.with_prep(head, "obl", prep);
        // ", with its president calling ...": an absolute phrase is no
        // partner.
        if prep == "with" {
            out.retain(|&o| {
                let after_comma = t
                    .kids_with(o, "case")
                    .any(|c| c > 1 && t.word(c - 1).form == ",");
                !(after_comma
                    && t.kids_with(o, "acl")
                        .any(|a| a > o && t.word(a).xpos == "VBG"))
            });
        }
        out.extend(t.with_prep(head, "nmod", prep));
        // "a patrol boat was fired upon": the passive's subject is the
        // stranded preposition's object.
        let stranded = t.children(head).iter().any(|&c| {
            c > head
                && t.word(c).upos == "ADP"
                && t.children(c).is_empty()
                && matches!(t.rel(c), "obl" | "compound" | "advmod" | "case")
                && (t.lemma(c) == prep || (prep == "on" && t.lemma(c) == "upon"))
        });
        if stranded && t.is_passive(head) {
            out.extend(
                t.children(head)
                    .iter()
                    .copied()
                    .filter(|&c| t.full_rel(c) == "nsubj:pass"),
            );
        }
        // "provide $5.5 billion in assistance to Ukraine".
        for m in t.kids_with(head, "obl").filter(|&c| self.aid_measure(c)) {
            out.extend(t.with_prep(m, "nmod", prep));
        }
        // "fired rockets from Syria toward the Golan Heights": the
        // phrase hung on where it came from; "was extradited by Colombia
        // to the United States": on the named agent.
        for c in t.kids_with(head, "obl") {
            let named_agent =
                prep != "by" && t.full_rel(c) == "obl:agent" && t.word(c).upos == "PROPN";
            if t.preposition(c).as_deref() == Some("from") || named_agent {
                out.extend(t.with_prep(c, "nmod", prep));
            }
        }
        // "spoke by telephone with Putin": the phrase hung on the means;
        // "return to talks with Washington": on what the verb goes into.
        if prep == "with" {
            for c in t.kids_with(head, "obl") {
                if matches!(
                    t.preposition(c).as_deref(),
                    Some("by" | "over" | "via" | "to" | "into")
                ) {
                    out.extend(t.with_prep(c, "nmod", prep));
                }
            }
        }
        // "halted all exports to and imports from Israel": an oblique
        // with an "and" of its own is the object's conjunct, misread.
        for c in t.kids_with(head, "obl") {
            if t.kids_with(c, "cc").next().is_some() {
                out.extend(t.with_prep(c, "nmod", prep));
            }
        }
        // "sent trucks carrying tents to Libya": the phrase hung on the
        // participle.
        for a in self.carriers(&self.object_heads(head)) {
            out.extend(t.with_prep(a, "obl", prep));
        }
        for o in self.carried_objects(head) {
            // The last conjunct of the object may carry the phrase: "sent
            // rescuers and search dogs to Morocco".
            for o in t.conjuncts(o) {
                out.extend(t.with_prep(o, "nmod", prep));
                // Past a measure: "delivered a batch of missiles to Ukraine",
                // "flew 200 tonnes of tents, blankets and supplies to
                // Turkey" (on the last of its list).
                for m in t.with_prep(o, "nmod", "of") {
                    for c in t.conjuncts(m) {
                        out.extend(t.with_prep(c, "nmod", prep));
                    }
                }
                // Past the object's place: "four villages in the Tavush
                // region to Azerbaijan".
                for m in t.with_prep(o, "nmod", "in") {
                    out.extend(t.with_prep(m, "nmod", prep));
                }
                // Past an adjective: "tents worth 1 billion yen to Pakistan".
                for a in t.kids_with(o, "amod") {
                    out.extend(t.with_prep(a, "obl", prep));
                }
                // Past a list of what it holds: "supplies including tents
                // and generators to Vanuatu".
                let measured = std::iter::once(o).chain(t.with_prep(o, "nmod", "of"));
                for m in measured.flat_map(|x| t.kids_with(x, "nmod").collect::<Vec<_>>()) {
                    if matches!(t.preposition(m).as_deref(), Some("including" | "like")) {
                        for c in t.conjuncts(m) {
                            out.extend(t.with_prep(c, "nmod", prep));
                        }
                    }
                }
            }
        }
        // "fired missiles into the sea on Thursday": a day is no one's;
        // "at the country overnight" read as one phrase is the country's.
        out.into_iter()
            .filter_map(|o| {
                if !crate::when::is_time_word(&t.word(o).form) {
                    return Some(o);
                }
                t.kids_with(o, "compound")
                    .find(|&c| !crate::when::is_time_word(&t.word(c).form))
            })
            .collect()
    }

    /// "shelled several towns inside Armenia", "struck targets in southern
    /// Lebanon": when the object is a place or target noun, the country its
    /// locative phrase names (on the object, or on the verb where the parser
    /// hung it there) is a target too.
    fn places_of(&self, verb: usize, objects: &[usize]) -> Vec<usize> {
        let t = self.tree;
        let mut out = Vec::new();
        for &o in objects {
            // "hundreds of targets across Lebanon": what is counted.
            let o = if crate::actor::QUANTIFIERS.contains(&t.word(o).form.to_lowercase().as_str()) {
                t.with_prep(o, "nmod", "of").into_iter().next().unwrap_or(o)
            } else {
                o
            };
            // "its consulate building in Damascus", "the U.S. military's
            // air base in Qatar" are the owner's, not the place's.
            // Not "a children's hospital": the owner is a pronoun, a name or
            // a noun an actor's name modifies ("the U.S. military's").
            let named = |c: usize| {
                matches!(t.word(c).upos.as_str(), "PRON" | "PROPN")
                    || t.children(c).iter().any(|&k| {
                        t.word(k).upos == "PROPN" && self.resolver.names_actor(&t.word(k).form)
                    })
            };
            let owned = t
                .children(o)
                .iter()
                .any(|&c| t.full_rel(c) == "nmod:poss" && named(c));
            // "struck military sites near Damascus": the sites are the
            // army's, placed in Syria; the place is no second target.
            if !PLACE_NOUNS.contains(&t.lemma(o).as_str())
                || owned
                || self.resolver.premodified_actor(t, o)
            {
                continue;
            }
            // "positions held by the RSF": whoever holds the place (the
            // participle may hang on the verb, right after the object).
            let holders = t
                .kids_with(o, "acl")
                .chain(t.kids_with(verb, "advcl").filter(|&a| a == o + 1))
                .filter(|&a| {
                    t.word(a).xpos == "VBN"
                        && matches!(
                            t.lemma(a).as_str(),
                            "hold" | "control" | "occupy" | "run" | "use" | "operate" | "man"
                        )
                })
                .flat_map(|a| {
                    t.with_prep(a, "obl", "by")
                        .into_iter()
                        .chain(t.kids_with(a, "obl:agent"))
                        .collect::<Vec<_>>()
                });
            out.extend(holders);
            // "hideouts of the PKK in Syria",
            // "positions held by the RSF in Omdurman": the place phrase the
            // parser hung on the owner or on the participle.
            let owners: Vec<usize> = t
                .with_prep(o, "nmod", "of")
                .into_iter()
                .chain(t.kids_with(o, "acl").filter(|&a| t.word(a).xpos == "VBN"))
                .collect();
            for prep in PLACE_PREPS {
                out.extend(t.with_prep(o, "nmod", prep));
                for &w in &owners {
                    out.extend(t.with_prep(w, "nmod", prep));
                    out.extend(t.with_prep(w, "obl", prep));
                }
                out.extend(
                    t.with_prep(verb, "obl", prep)
                        .into_iter()
                        .filter(|&c| c > o),
                );
            }
        }
        out
    }

    /// "toward its border with Ukraine": the `with` phrases of the border
    /// nouns among the verb's (and its objects') prepositional phrases.
    fn border_heads(&self, verb: usize) -> Vec<usize> {
        let t = self.tree;
        let mut phrases: Vec<usize> = t.children(verb).to_vec();
        // "to the Ladakh region along its border with China", "closer to
        // the border with Guyana".
        for &c in t.children(verb) {
            if matches!(t.rel(c), "obl" | "advmod") {
                phrases.extend(t.children(c).iter().copied());
            }
        }
        for o in self.object_heads(verb) {
            phrases.extend(t.children(o).iter().copied());
            // "put soldiers on alert along the frontier with Ecuador", the
            // border hung on the object's phrase.
            for &c in t.children(o) {
                if t.rel(c) == "nmod" {
                    phrases.extend(t.children(c).iter().copied());
                }
            }
            // "tanks and armoured vehicles to its border": the last
            // conjunct carries the phrase.
            for c in t.kids_with(o, "conj") {
                phrases.extend(t.children(c).iter().copied());
            }
        }
        let borders: Vec<usize> = phrases
            .iter()
            .copied()
            .filter(|&h| {
                matches!(t.rel(h), "obl" | "nmod")
                    && matches!(t.lemma(h).as_str(), "border" | "frontier")
            })
            .collect();
        let mut out: Vec<usize> = Vec::new();
        for &h in &borders {
            let with = t.with_prep(h, "nmod", "with");
            if with.is_empty() {
                // "drills near the border | with Finland", the parser
                // hanging the "with" phrase on the verb.
                out.extend(
                    t.with_prep(verb, "obl", "with")
                        .into_iter()
                        .filter(|&w| w > h),
                );
            }
            out.extend(with);
        }
        // "to the Bryansk region bordering Ukraine" (the participle hung
        // on the region or on what was sent).
        for &h in &phrases {
            let participles: Vec<usize> = if t.rel(h) == "acl" {
                vec![h]
            } else if t.rel(h) == "obl" {
                t.kids_with(h, "acl").collect()
            } else {
                Vec::new()
            };
            for b in participles.into_iter().filter(|&b| t.lemma(b) == "border") {
                out.extend(t.kids_with(b, "obj"));
            }
        }
        out
    }

    /// The open complement of `pred`, else a "to" clause the parser read as
    /// `advcl` ("pledged 2.5 billion euros to help Syrians", "agreed with
    /// Saudi Arabia in Beijing to restore ties").
    fn open_complement(&self, pred: usize) -> Option<usize> {
        let t = self.tree;
        t.kids_with(pred, "xcomp").next().or_else(|| {
            t.kids_with(pred, "advcl").find(|&c| {
                t.word(c).upos == "VERB" && t.kids_with(c, "mark").any(|m| t.lemma(m) == "to")
            })
        })
    }

    /// The arguments of a complement verb, nearest first: its objects and
    /// their owners and modifiers, its indirect object, then its obliques
    /// but for places where it is done ("to pull its troops out of Congo
    /// within 90 days").
    fn complement_arguments(&self, verb: usize) -> Vec<usize> {
        let t = self.tree;
        // "pledged to send 1,000 officers": what is sent is no party.
        let objects = if SENDING_VERBS.contains(&t.lemma(verb).as_str()) {
            Vec::new()
        } else {
            self.object_heads(verb)
        };
        let mut out = objects.clone();
        out.extend(t.kids_with(verb, "iobj"));
        for &o in &objects {
            out.extend(t.kids_with(o, "nmod:poss"));
            for prep in ["of", "for", "to", "into", "on", "with", "against"] {
                for m in t.with_prep(o, "nmod", prep) {
                    out.push(m);
                    out.extend(t.kids_with(m, "nmod:poss"));
                }
            }
        }
        // Where it is done is no party to it ("agreed to extend their truce
        // in Gaza"); where troops go or leave is ("to Mali", "out of Congo").
        let at_place = |c: usize| {
            t.preposition(c).is_some_and(|p| {
                LOCATIVE_PREPS.contains(&p.as_str()) && !matches!(p.as_str(), "to" | "into")
            })
        };
        // Nor what it is done despite or amid ("despite Western pressure").
        let circumstance = |c: usize| {
            t.preposition(c).is_some_and(|p| {
                matches!(p.as_str(), "despite" | "amid" | "amidst")
                    || (CIRCUMSTANTIAL_PREPS.contains(&p.as_str())
                        && !LOCATIVE_PREPS.contains(&p.as_str()))
            })
        };
        out.extend(t.kids_with(verb, "obl").filter(|&c| {
            t.full_rel(c) == "obl"
                && !TIME_NOUNS.contains(&t.lemma(c).as_str())
                && !at_place(c)
                && !circumstance(c)
        }));
        // "vowed to invest in a neighbour's ports": what is invested in is
        // a party.
        if t.lemma(verb) == "invest" {
            for h in std::iter::once(verb).chain(objects.iter().copied()) {
                for m in t
                    .with_prep(h, "obl", "in")
                    .into_iter()
                    .chain(t.with_prep(h, "nmod", "in"))
                {
                    out.push(m);
                    out.extend(t.kids_with(m, "nmod:poss"));
                }
            }
        }
        out
    }

    /// The subject of an absolute "with X V-ing" ("..., with EU envoy
    /// Josep Borrell instead meeting each leader"): the "with" phrase hung
    /// on the verb above, right before the participle (past its own words
    /// and adverbs).
    fn absolute_subject(&self, verb: usize) -> Option<usize> {
        let t = self.tree;
        if !t.word(verb).form.to_lowercase().ends_with("ing") {
            return None;
        }
        // "..., with both sides pledging to ..." with the participle hung
        // on the "with" phrase.
        if t.rel(verb) == "acl" {
            return t.head(verb).filter(|&x| {
                x < verb
                    && t.rel(x) == "obl"
                    && t.preposition(x).as_deref() == Some("with")
                    && matches!(t.word(x).upos.as_str(), "PROPN" | "NOUN")
            });
        }
        if t.rel(verb) != "advcl" {
            return None;
        }
        let h = t.head(verb)?;
        let x = t
            .with_prep(h, "obl", "with")
            .into_iter()
            .filter(|&x| x < verb)
            .max()?;
        let between_ok = (x + 1..verb).all(|k| {
            t.path_to_root(k).contains(&x) || (t.rel(k) == "advmod" && t.head(k) == Some(verb))
        });
        (between_ok && matches!(t.word(x).upos.as_str(), "PROPN" | "NOUN")).then_some(x)
    }

    /// What a noun of representation stands for: "representatives of
    /// Ethiopia's government and the TPLF", "delegations from Venezuela's
    /// government and opposition" are the parties they come from, when no
    /// actor is named in the noun itself; "imports from Colombia", where
    /// they come from.
    fn represented(&self, h: usize) -> Vec<usize> {
        let t = self.tree;
        let lemma = t.lemma(h).to_lowercase();
        // "duties on imports from Peru", "on steel imported from Brazil":
        // goods stand for where they come from.
        let mut from: Vec<usize> = t
            .kids_with(h, "acl")
            .filter(|&a| {
                matches!(
                    t.lemma(a).as_str(),
                    "import" | "make" | "produce" | "manufacture" | "ship" | "come"
                )
            })
            .flat_map(|a| t.with_prep(a, "obl", "from"))
            .collect();
        let goods = matches!(
            lemma.as_str(),
            "import" | "imports" | "good" | "goods" | "product"
        );
        if goods {
            from.extend(t.with_prep(h, "nmod", "from"));
        }
        if !from.is_empty() {
            return from;
        }
        if goods {
            return vec![h];
        }
        if !REPRESENTATIVE_NOUNS.contains(&lemma.as_str()) {
            return vec![h];
        }
        let own_name = t.children(h).iter().any(|&c| {
            c < h
                && matches!(t.rel(c), "amod" | "compound" | "nmod")
                && self.resolver.names_actor(&t.word(c).form)
        });
        let party = ["of", "from", "for"]
            .iter()
            .find_map(|p| t.with_prep(h, "nmod", p).into_iter().next());
        match party {
            // The parser may hang the second party on the noun itself:
            // "representatives of Sudan's army and the RSF".
            Some(p) if !own_name => std::iter::once(p).chain(t.kids_with(h, "conj")).collect(),
            _ => vec![h],
        }
    }

    /// Whether an event noun names its own actor: a "by" phrase, or a name
    /// before it ("U.S. strikes", "a visit by the U.S. envoy"): then no
    /// clause around it lends it one.
    fn names_own_actor(&self, noun: usize) -> bool {
        let t = self.tree;
        // "during their crackdown": a possessive names its actor too.
        !t.with_prep(noun, "nmod", "by").is_empty()
            || t.kids_with(noun, "nmod:poss").next().is_some()
            || t.children(noun).iter().any(|&c| {
                c < noun
                    && matches!(t.rel(c), "compound" | "amod" | "nmod")
                    && self.resolver.names_actor(&t.word(c).form)
            })
    }

    /// The heads a slot points to (before coordination is expanded).
    fn slot_heads(&self, slot: &Slot, pred: usize, light: Option<usize>) -> Vec<usize> {
        let t = self.tree;
        let xcomp = || self.open_complement(pred);
        match slot {
            Slot::Subj => self.subject_heads(pred),
            Slot::Obj => {
                let mut out = self.object_heads(pred);
                out.extend(self.places_of(pred, &out));
                out
            }
            // "was offered aircraft by the United States": a passive that
            // keeps its object was given to its subject.
            Slot::Iobj if t.is_passive(pred) && t.kids_with(pred, "obj").next().is_some() => {
                t.kids_with(pred, "nsubj").collect()
            }
            Slot::Iobj => t.kids_with(pred, "iobj").collect(),
            // Past the act's "of" phrase ("the release of 22 fishermen by
            // Sri Lanka's navy") and a participle ("attacks carried out by");
            // for a noun, the act its light verb's subject names ("the
            // detention of X by Y drew condemnation").
            Slot::ObjBy => light
                .map(|l| t.kids_with(l, "nsubj").collect())
                .unwrap_or_else(|| self.object_heads(pred))
                .into_iter()
                .flat_map(|o| std::iter::once(o).chain(t.with_prep(o, "nmod", "of")))
                .flat_map(|o| {
                    t.with_prep(o, "nmod", "by").into_iter().chain(
                        t.kids_with(o, "acl")
                            .filter(|&a| t.word(a).xpos == "VBN")
                            .flat_map(|a| t.with_prep(a, "obl", "by")),
                    )
                })
                // An active verb has no agent: its "by" phrase is its
                // object's, hung one level too high.
                .chain(
                    if light.is_none()
                        && !t.is_passive(pred)
                        && t.kids_with(pred, "obj").next().is_some()
                    {
                        t.with_prep(pred, "obl", "by")
                    } else {
                        Vec::new()
                    },
                )
                .collect(),
            Slot::Obl(p) => {
                let mut out = self.oblique_heads(pred, p);
                // "withdraw from hilltops in southern Lebanon" as well.
                if ATTACKED_PREPS.contains(&p.as_str()) || p == "from" {
                    out.extend(self.places_of(pred, &out));
                }
                out
            }
            // "pledged to send 1,000 officers": what is sent is no party.
            Slot::XcompObj => xcomp()
                .filter(|&x| !SENDING_VERBS.contains(&t.lemma(x).as_str()))
                .map(|x| self.object_heads(x))
                .unwrap_or_default(),
            // Past a measure's "of" phrase too: hosting "another round of
            // negotiations between" two sides.
            Slot::XcompBetween => xcomp()
                .map(|x| {
                    self.object_heads(x)
                        .into_iter()
                        .flat_map(|o| std::iter::once(o).chain(t.with_prep(o, "nmod", "of")))
                        .flat_map(|o| t.with_prep(o, "nmod", "between"))
                        .collect()
                })
                .unwrap_or_default(),
            Slot::CcompSubj => t
                .children(pred)
                .iter()
                .copied()
                // A that-clause, whatever label the parser gave it.
                .filter(|&c| {
                    t.rel(c) == "ccomp"
                        || (matches!(t.rel(c), "acl" | "advcl" | "parataxis")
                            && t.kids_with(c, "mark").any(|m| t.lemma(m) == "that"))
                })
                .flat_map(|c| self.subject_heads(c))
                .collect(),
            // (Also a noun modifier of its object or of its means: "offered
            // to hold talks with China", "to retaliate with force against
            // any warships".)
            Slot::XcompObl(p) => xcomp()
                .map(|x| {
                    let mut out = self.oblique_heads(x, p);
                    if out.is_empty() {
                        let means = t.with_prep(x, "obl", "with");
                        for o in t.kids_with(x, "obj").chain(means) {
                            out.extend(t.with_prep(o, "nmod", p));
                        }
                    }
                    out
                })
                .unwrap_or_default(),
            Slot::XcompArg => {
                let mut out = Vec::new();
                let mut clause = xcomp();
                // Two complements deep at most: "agreed to help fund ...".
                for _ in 0..2 {
                    let Some(x) = clause else { break };
                    out.extend(self.complement_arguments(x));
                    // "pledged to spend $600 million to help Fiji ...": the
                    // help the spending is for.
                    clause = t.kids_with(x, "xcomp").next().or_else(|| {
                        t.kids_with(x, "advcl").find(|&a| {
                            t.kids_with(a, "mark").any(|m| t.lemma(m) == "to")
                                && matches!(
                                    t.lemma(a).as_str(),
                                    "help" | "support" | "assist" | "fund" | "rebuild"
                                )
                        })
                    });
                }
                out
            }
            Slot::Poss => {
                // "Monday's Russian strike": a day owns nothing.
                let own: Vec<usize> = t
                    .kids_with(pred, "nmod:poss")
                    .filter(|&c| !crate::when::is_time_word(&t.word(c).form))
                    .collect();
                if !own.is_empty() {
                    return own;
                }
                // "the Israeli air strike": a country's adjective before an
                // event noun names who did it, as "Israel's" would.
                // "military drills" are no drills by a military. So does an
                // abbreviated power before it ("U.S. sanctions", "EU
                // sanctions"); a country's full name there is as often the
                // target ("Russia sanctions"), and a trip's the destination
                // ("his U.S. visit").
                t.children(pred)
                    .iter()
                    .copied()
                    .filter(|&a| {
                        a < pred
                            && ((t.rel(a) == "amod"
                                && t.word(a).upos == "ADJ"
                                && !self.resolver.is_role_word(&t.word(a).form))
                                || (t.rel(a) == "compound"
                                    && ABBREVIATED_POWERS.contains(&t.word(a).form.as_str())
                                    && !TRIP_NOUNS.contains(&t.lemma(pred).as_str())))
                    })
                    .collect()
            }
            // "apologised to Seoul in a phone call": whom the act was
            // addressed to.
            Slot::LightObj => light
                .map(|l| {
                    t.kids_with(l, "obj")
                        .chain(t.kids_with(l, "iobj"))
                        .chain(t.with_prep(l, "obl", "to"))
                        .filter(|&o| o != self.measured(pred) && o != pred)
                        .collect()
                })
                .unwrap_or_default(),
            Slot::LightSubj => match light {
                Some(l) => self.subject_heads(l),
                // "take part in talks", "participate in talks": who takes
                // part holds them.
                None if t.preposition(pred).as_deref() == Some("in")
                    && t.rel(pred) == "obl"
                    && t.head(pred).is_some_and(|h| {
                        matches!(t.lemma(h).as_str(), "participate" | "engage")
                            || (t.lemma(h) == "take"
                                && t.kids_with(h, "obj").any(|o| t.lemma(o) == "part"))
                    }) =>
                {
                    t.head(pred)
                        .map(|h| self.subject_heads(h))
                        .unwrap_or_default()
                }
                // "ELN rebels were behind a bomb attack": whoever is behind
                // it did it.
                None if t.preposition(pred).as_deref() == Some("behind")
                    && t.kids_with(pred, "cop").next().is_some() =>
                {
                    t.kids_with(pred, "nsubj").collect()
                }
                // "Iraq's foreign minister, on a visit to Kuwait, said ...":
                // who is "on" the visit is the phrase it describes, or the
                // subject of the verb it is hung on.
                None if t.preposition(pred).as_deref() == Some("on") => match t.head(pred) {
                    Some(h) if t.rel(pred) == "nmod" && t.is_nominal(h) => vec![h],
                    Some(h) if t.rel(pred) == "obl" => self.subject_heads(h),
                    _ => Vec::new(),
                },
                // "agreed ... during talks in Brussels", "following talks
                // with Rubio": who acts during or after the talks held them.
                // "praised Qatar's efforts in a phone call with the emir":
                // who acts in a call, talks or a meeting holds it.
                // ("a week after a bombing of a market": not a bombing
                // by whoever acts after it.)
                None if (match t
                    .preposition(self.measured(pred))
                    .as_deref()
                    .map(str::to_lowercase)
                    .as_deref()
                {
                    Some("during") => true,
                    Some("after" | "following") => !ATTACK_NOUNS.contains(&t.lemma(pred).as_str()),
                    _ => false,
                } || following(t, self.measured(pred))
                    || (t.preposition(self.measured(pred)).as_deref() == Some("in")
                        && CONVERSATION_NOUNS.contains(&t.lemma(pred).as_str())))
                    && !self.names_own_actor(pred) =>
                {
                    let m = self.measured(pred);
                    // The parser may hang "in a phone call" on the verb's
                    // object.
                    let on_object = t.head(m).filter(|&o| {
                        t.rel(m) == "nmod"
                            && t.preposition(m).as_deref() == Some("in")
                            && matches!(t.rel(o), "obj" | "obl")
                            && t.head(o).is_some_and(|v| t.word(v).upos == "VERB")
                    });
                    let (m, head) = match on_object {
                        Some(o) => (o, t.head(o)),
                        None => (m, t.head(m)),
                    };
                    match head {
                        Some(mut h)
                            if matches!(t.rel(m), "obl" | "obj") && t.word(h).upos == "VERB" =>
                        {
                            // "agreed to accept ..., following talks": the
                            // talks are the agreeing clause's.
                            // Past a participle modifying a noun ("flights
                            // carrying migrants, following talks").
                            let participle = |h: usize| {
                                t.rel(h) == "advcl"
                                    && t.word(h).form.to_lowercase().ends_with("ing")
                                    && t.kids_with(h, "nsubj").next().is_none()
                            };
                            while matches!(t.rel(h), "xcomp" | "acl") || participle(h) {
                                match t.head(h) {
                                    Some(up) => h = up,
                                    None => break,
                                }
                                while t.word(h).upos != "VERB" {
                                    match t.head(h) {
                                        Some(up) => h = up,
                                        None => break,
                                    }
                                }
                            }
                            self.subject_heads(h)
                        }
                        // "... to deepen cooperation in trade, during talks
                        // with Tokayev" with the talks hung on a noun: the
                        // talks are held by the first clause above with a
                        // subject.
                        Some(h)
                            if t.rel(m) == "nmod"
                                && (CONVERSATION_NOUNS.contains(&t.lemma(pred).as_str())
                                    || MEETING_NOUNS.contains(&t.lemma(pred).as_str())) =>
                        {
                            let mut up = Some(h);
                            while let Some(v) = up {
                                if t.word(v).upos == "VERB" {
                                    let subject = self.subject_heads(v);
                                    if !subject.is_empty() {
                                        return subject;
                                    }
                                }
                                up = t.head(v);
                            }
                            Vec::new()
                        }
                        _ => Vec::new(),
                    }
                }
                // "flew to Paris for talks with Macron": who travels for
                // the talks holds them.
                None if t.preposition(pred).as_deref() == Some("for") => match t.head(pred) {
                    Some(h)
                        if t.rel(pred) == "obl" && TRAVEL_VERBS.contains(&t.lemma(h).as_str()) =>
                    {
                        self.subject_heads(h)
                    }
                    _ => Vec::new(),
                },
                None => Vec::new(),
            },
            // Not "an investigation into crimes | by the army": after the
            // "into" phrase, the agent is of what is looked into.
            Slot::By if t.word(pred).upos == "VERB" => t.with_prep(pred, "obl", "by"),
            Slot::By => {
                let into = t.with_prep(pred, "nmod", "into").into_iter().min();
                let mut out: Vec<usize> = t
                    .with_prep(pred, "nmod", "by")
                    .into_iter()
                    .filter(|&b| into.is_none_or(|i| b < i))
                    .collect();
                // "the arrest of a journalist by Russia's security service",
                // the agent hung on the "of" phrase.
                if out.is_empty() && t.is_nominal(pred) {
                    for m in t.with_prep(pred, "nmod", "of") {
                        out.extend(t.with_prep(m, "nmod", "by"));
                    }
                }
                // "the sanctions imposed by Brussels": the agent of a
                // participle on the noun.
                if out.is_empty() && t.word(pred).upos == "NOUN" {
                    for a in t
                        .kids_with(pred, "acl")
                        .filter(|&a| t.word(a).xpos == "VBN")
                    {
                        out.extend(t.agents(a));
                    }
                }
                out
            }
            Slot::Nmod(p) => {
                let mut out = t.with_prep(pred, "nmod", p);
                // "a vow of revenge from Iran": past the noun's "of" phrase
                // ("delivery of 5,000 tonnes of wheat to Afghanistan": two).
                if t.word(pred).upos == "NOUN" {
                    for m in t.with_prep(pred, "nmod", "of") {
                        out.extend(t.with_prep(m, "nmod", p));
                        for m2 in t.with_prep(m, "nmod", "of") {
                            out.extend(t.with_prep(m2, "nmod", p));
                        }
                    }
                    // "protests by tens of thousands of Bangladeshis against
                    // France": past the agent's phrase.
                    if p != "by" {
                        for b in t.with_prep(pred, "nmod", "by") {
                            out.extend(t.with_prep(b, "nmod", p));
                            for m in t.with_prep(b, "nmod", "of") {
                                out.extend(t.with_prep(m, "nmod", p));
                            }
                        }
                    }
                }
                // A verb's "nmod" slot is its object's: "recalled its
                // ambassador to Spain"; or its "for" phrase's: "called for
                // dialogue with Croatia".
                if t.word(pred).upos == "VERB" {
                    for f in t.with_prep(pred, "obl", "for") {
                        out.extend(t.with_prep(f, "nmod", p));
                    }
                    for o in self.object_heads(pred) {
                        out.extend(t.with_prep(o, "nmod", p));
                        // "imposed asset freezes and travel bans on X".
                        for c in t.kids_with(o, "conj") {
                            out.extend(t.with_prep(c, "nmod", p));
                        }
                        // "host a new round of talks between X and Y",
                        // "the use of force against X".
                        if matches!(t.lemma(o).as_str(), "round" | "use") {
                            for m in t.with_prep(o, "nmod", "of") {
                                out.extend(t.with_prep(m, "nmod", p));
                            }
                        }
                        // "froze 30 million euros in assistance for Georgia".
                        for m in t.with_prep(o, "nmod", "in") {
                            if self.aid_measure(m) {
                                out.extend(t.with_prep(m, "nmod", p));
                            }
                        }
                        // "a package worth $2 billion for Ukraine": the
                        // phrase hung on the amount.
                        for a in t.kids_with(o, "appos") {
                            if matches!(t.word(a).upos.as_str(), "SYM" | "NUM") {
                                out.extend(t.with_prep(a, "nmod", p));
                            }
                        }
                    }
                }
                if let Some(l) = light {
                    out.extend(t.with_prep(l, "obl", p));
                }
                if ATTACKED_PREPS.contains(&p.as_str()) {
                    // "the air strike on the Jabalia camp in Gaza".
                    out.extend(self.places_of(pred, &out));
                }
                if p == "into" {
                    // "an inquiry into abuses by Ethiopian troops": who
                    // is investigated is the agent of what is.
                    // (Or hung on the act's "of" phrase: "the killing of a
                    // worker | by troops".)
                    let mut agents: Vec<usize> = out
                        .iter()
                        .flat_map(|&h| {
                            std::iter::once(h)
                                .chain(t.with_prep(h, "nmod", "of"))
                                .flat_map(|x| t.with_prep(x, "nmod", "by"))
                                .collect::<Vec<_>>()
                        })
                        .collect();
                    // The parser may hang the agent on the inquiry itself;
                    // after the "into" phrase it is still the agent of what
                    // is looked into (before it, the investigator's).
                    if let Some(&first) = out.first() {
                        agents.extend(
                            t.with_prep(pred, "nmod", "by")
                                .into_iter()
                                .filter(|&b| b > first),
                        );
                    }
                    // "an inquiry into the killing of an aid worker by
                    // Israeli troops": the agent, not the victim, of an act
                    // that names both.
                    if out
                        .iter()
                        .any(|&h| t.with_prep(h, "nmod", "of").into_iter().next().is_some())
                        && !agents.is_empty()
                    {
                        out = agents;
                    } else {
                        out.extend(agents);
                    }
                    // "an inquiry into reports that Burundian forces
                    // tortured ...": whom the claim names as the doer.
                    let claimed: Vec<usize> = out
                        .iter()
                        .filter(|&&o| crate::tree::CLAIM_NOUNS.contains(&t.lemma(o).as_str()))
                        .flat_map(|&o| {
                            t.children(o).iter().copied().filter(move |&c| {
                                t.word(c).upos == "VERB" && self.that_clause(o, c)
                            })
                        })
                        .flat_map(|c| self.subject_heads(c))
                        .collect();
                    out.extend(claimed);
                }
                out
            }
            Slot::Between => {
                let mut out = t.with_prep(pred, "nmod", "between");
                if let Some(l) = light {
                    out.extend(t.with_prep(l, "obl", "between"));
                }
                out
            }
            Slot::Place => self.locatives(pred, light),
            // The complement's own "in X", or its object's ("to lead a
            // force in Haiti").
            Slot::XcompPlace => xcomp()
                .map(|x| {
                    let mut out = self.locatives(x, None);
                    for o in self.object_heads(x) {
                        out.extend(
                            t.with_prep(o, "nmod", "in")
                                .into_iter()
                                .filter(|&n| t.word(n).upos == "PROPN"),
                        );
                    }
                    out
                })
                .unwrap_or_default(),
            // Who says it: the subject of the verb whose complement the
            // clause is ("vowed that Israel would face"), else the
            // sentence's reporter.
            Slot::Speaker => match t.head(pred) {
                Some(h) if t.rel(pred) == "ccomp" && t.word(h).upos == "VERB" => {
                    let own = self.subject_heads(h);
                    if own.is_empty() {
                        self.speaker_heads()
                    } else {
                        own
                    }
                }
                _ => self.speaker_heads(),
            },
            // "threatened to start a war unless Y ...": the condition may
            // hang on the threatened act.
            Slot::Condition => {
                // ("threatened to take measures to defend its claim if
                // Guyana goes ahead": the condition of the complement's
                // purpose.)
                let purposes = xcomp().into_iter().flat_map(|x| t.kids_with(x, "advcl"));
                let conditions: Vec<usize> = self
                    .governing(&[pred])
                    .into_iter()
                    .chain(xcomp())
                    .chain(purposes)
                    .flat_map(|h| self.if_clauses(h).collect::<Vec<_>>())
                    .flat_map(|a| self.subject_heads(a))
                    .collect();
                if !conditions.is_empty() {
                    return conditions;
                }
                // "If Russia attacked an ally, the response would be
                // devastating, Rutte warned": the condition of the clause
                // a verb of warning reports.
                if THREATENING_VERBS.contains(&t.lemma(pred).as_str()) {
                    let report = t
                        .kids_with(pred, "ccomp")
                        .next()
                        .or_else(|| t.head(pred).filter(|_| t.rel(pred) == "parataxis"));
                    // ("would shut the strait to tanker traffic if ...",
                    // the condition hung on a clause under the report's.)
                    let reported: Vec<usize> = report
                        .into_iter()
                        .flat_map(|r| {
                            std::iter::once(r)
                                .chain(t.kids_with(r, "advcl"))
                                .chain(t.kids_with(r, "xcomp"))
                                .collect::<Vec<_>>()
                        })
                        .flat_map(|r| self.if_clauses(r).collect::<Vec<_>>())
                        .flat_map(|a| self.subject_heads(a))
                        .collect();
                    if !reported.is_empty() {
                        return reported;
                    }
                }
                // "to any Israeli attack", "to any attack by Israel": who
                // would commit the act.
                match self.any_act(pred) {
                    Some(act) => {
                        let by = t.with_prep(act, "nmod", "by");
                        if by.is_empty() {
                            self.slot_heads(&Slot::Poss, act, None)
                        } else {
                            by
                        }
                    }
                    None => Vec::new(),
                }
            }
            Slot::Judged => self.judged_heads(pred),
            Slot::Parties => {
                // "held talks under Russian mediation": the verb's subjects.
                if t.rel(pred) == "obl" && t.preposition(pred).as_deref() == Some("under") {
                    return t
                        .head(pred)
                        .filter(|&v| t.word(v).upos == "VERB")
                        .map(|v| self.subject_heads(v))
                        .unwrap_or_default();
                }
                let Some(n) = t.head(pred).filter(|_| t.rel(pred) == "acl") else {
                    return Vec::new();
                };
                let between = t.with_prep(n, "nmod", "between");
                if !between.is_empty() {
                    return between;
                }
                // Past open complements ("agreed to reopen embassies in an
                // accord brokered by X").
                let mut up = t.head(n);
                while let Some(v) = up {
                    if t.word(v).upos == "VERB" {
                        let subjects = self.subject_heads(v);
                        if !subjects.is_empty() || t.rel(v) != "xcomp" {
                            return subjects;
                        }
                    }
                    up = t.head(v);
                }
                Vec::new()
            }
            Slot::Aim => {
                let mut aims: Vec<usize> = Vec::new();
                for h in std::iter::once(pred).chain(self.object_heads(pred)) {
                    for c in t.children(h).iter().copied() {
                        if !matches!(t.rel(c), "acl" | "advcl" | "xcomp") {
                            continue;
                        }
                        match t.lemma(c).as_str() {
                            // "fired tear gas to disperse them", "drills
                            // surrounding the island".
                            "target" | "disperse" | "scatter" | "surround" | "encircle" => {
                                aims.extend(self.object_heads(c))
                            }
                            // "detonated a car bomb at a base, killing ten
                            // soldiers": whom the act killed it was aimed at.
                            "kill" | "wound" | "injure"
                                if h == pred
                                    && t.rel(c) == "advcl"
                                    && t.word(c).form.to_lowercase().ends_with("ing") =>
                            {
                                aims.extend(self.object_heads(c))
                            }
                            "aim" | "direct" => aims.extend(t.with_prep(c, "obl", "at")),
                            _ => {}
                        }
                    }
                }
                // "a drone strike killed an Iranian commander": whom the
                // attack its subject names killed, when a name or a name's
                // adjective says whose (not "killed 35 people", whose
                // country the attack's place tells better).
                if let Some(v) = t.head(pred).filter(|&v| {
                    t.word(pred).upos == "NOUN"
                        && t.rel(pred) == "nsubj"
                        && matches!(t.lemma(v).as_str(), "kill" | "wound" | "injure")
                }) {
                    let named = |o: usize| {
                        t.word(o).upos == "PROPN"
                            || t.children(o).iter().any(|&c| {
                                matches!(t.rel(c), "amod" | "compound" | "nmod:poss")
                                    && t.word(c).form.starts_with(char::is_uppercase)
                            })
                    };
                    aims.extend(self.object_heads(v).into_iter().filter(|&o| named(o)));
                }
                // "threatened to use its nuclear arms to annihilate X":
                // what the complement's purpose is to destroy.
                for x in t.kids_with(pred, "xcomp") {
                    for c in t.kids_with(x, "advcl") {
                        if t.kids_with(c, "mark").any(|m| t.lemma(m) == "to")
                            && matches!(
                                t.lemma(c).as_str(),
                                "destroy" | "annihilate" | "attack" | "strike" | "hit" | "punish"
                            )
                        {
                            aims.extend(self.object_heads(c));
                        }
                    }
                }
                aims
            }
            Slot::Border => {
                let mut out = self.border_heads(pred);
                // "held drills near the border | with Finland".
                out.extend(light.map(|l| self.border_heads(l)).unwrap_or_default());
                // "massed tanks and put soldiers on alert near the border
                // with X": the last conjunct's border is the first's.
                if out.is_empty() && t.word(pred).upos == "VERB" {
                    for c in t
                        .kids_with(pred, "conj")
                        .filter(|&c| t.word(c).upos == "VERB")
                    {
                        out.extend(self.border_heads(c));
                    }
                }
                out
            }
        }
    }

    /// The phrases that name whoever reports the sentence's events: the
    /// subjects of "said", "reported", "warned", and "according to X".
    fn speaker_heads(&self) -> Vec<usize> {
        let t = self.tree;
        (1..=t.len())
            .flat_map(|w| {
                let lemma = t.lemma(w);
                if t.word(w).upos == "VERB"
                    && (SPEECH_VERBS.contains(&lemma.as_str())
                        || REPORT_VERBS.contains(&lemma.as_str())
                        || PROMISING_VERBS.contains(&lemma.as_str()))
                {
                    t.kids_with(w, "nsubj").collect()
                } else if t
                    .kids_with(w, "case")
                    .any(|c| t.word(c).form.eq_ignore_ascii_case("according"))
                {
                    vec![w]
                } else {
                    Vec::new()
                }
            })
            .collect()
    }

    /// Whoever reports the sentence's events ("Kenyan police said ...",
    /// "according to Sudan's army"), if an actor is named. Looking does
    /// not change what later pronouns stand for.
    pub fn reporter(&mut self) -> Option<EventActor> {
        if let Some(known) = &self.reporter {
            return known.clone();
        }
        let before = self.resolver.mentions_len();
        let found = self.speaker_heads().into_iter().find_map(|h| {
            self.resolver
                .resolve(self.text, self.tree, h)
                .map(|m| m.actor)
        });
        self.resolver.forget_since(before);
        self.reporter = Some(found.clone());
        found
    }

    /// "'If Putin does not agree, we will impose sanctions,' Trump told
    /// reporters": a first-person pronoun inside quotation marks, or what
    /// it owns ("our troops"), stands for the quotation's speaker.
    fn quoted_speaker(&mut self, h: usize) -> Option<Mention> {
        let t = self.tree;
        let first_person = |w: usize| {
            t.word(w).upos == "PRON"
                && matches!(
                    t.word(w).form.to_lowercase().as_str(),
                    "we" | "us" | "our" | "i" | "me" | "my"
                )
        };
        let pronoun = if first_person(h) {
            h
        } else {
            t.kids_with(h, "nmod:poss").find(|&c| first_person(c))?
        };
        let quotes = |w: usize| {
            (1..w)
                .filter(|&k| matches!(t.word(k).form.as_str(), "\"" | "\u{201c}" | "\u{201d}"))
                .count()
        };
        if quotes(pronoun) % 2 == 0 {
            return None;
        }
        let speaker = self.reporter()?;
        let span = t.word(h).span;
        Some(Mention {
            actor: EventActor {
                text: t.word(h).form.clone(),
                span,
                ..speaker
            },
            kind: crate::actor::ActorKind::Collective,
            resolution: Resolution::Anaphor,
            counterpart: false,
        })
    }

    /// The subject of the clause a ", a move X called ..." appositive
    /// judges: the sentence's root's, before the comma.
    fn judged_move(&mut self, pred: usize, exclude: &[String]) -> Vec<Mention> {
        let t = self.tree;
        let Some((comma, noun)) = appositive_noun(t, pred, 10) else {
            return Vec::new();
        };
        if noun >= pred || !MOVE_NOUNS.contains(&t.lemma(noun).to_lowercase().as_str()) {
            return Vec::new();
        }
        let Some(root) = (1..comma).find(|&k| t.head(k).is_none()) else {
            return Vec::new();
        };
        self.subject_heads(root)
            .into_iter()
            .filter_map(|h| self.resolver.resolve(self.text, t, h))
            .filter(|m| !exclude.contains(&m.actor.code))
            .collect()
    }

    /// Whether a speaker or source is named for the sentence ("..., analysts
    /// said", "according to ..."), whether or not it is an actor.
    fn attributed(&self) -> bool {
        !self.speaker_heads().is_empty()
    }

    /// The reporter's country: victims with no country of their own are
    /// usually the reporter's.
    pub fn reporter_country(&mut self) -> Option<String> {
        self.reporter().and_then(|a| a.country)
    }

    /// "Ukraine's air force said Russia launched missiles at targets
    /// across the country": an attack reported by another country than
    /// the attacker's, on something that names no actor, is on the
    /// reporter's country.
    fn reported_targets(
        &mut self,
        slots: &[Slot],
        pred: usize,
        light: Option<usize>,
        sources: &[Mention],
    ) -> Vec<Mention> {
        let t = self.tree;
        // "Iraq condemned Turkish air strikes on the Sinjar region": who
        // condemns an attack on a place naming no actor speaks for it.
        let judging = t.head(pred).filter(|&v| {
            t.rel(pred) == "obj"
                && t.word(pred).upos == "NOUN"
                && CONDEMNING_VERBS.contains(&t.lemma(v).as_str())
        });
        let Some(head) = slots
            .iter()
            .flat_map(|s| self.slot_heads(s, pred, light))
            // The parser may hang the attacked place on the judging verb.
            .chain(judging.into_iter().flat_map(|v| {
                let mut on = t.with_prep(v, "obl", "on");
                on.extend(t.with_prep(v, "obl", "against"));
                on.retain(|&h| !crate::when::is_time_word(&t.word(h).form));
                on
            }))
            .find(|&h| matches!(t.word(h).upos.as_str(), "NOUN" | "PROPN"))
            // "Moscow condemned the new sanctions imposed by Brussels":
            // sanctions that name no target are on whoever condemns them.
            .or_else(|| {
                judging
                    .filter(|_| matches!(t.lemma(pred).as_str(), "sanction" | "embargo" | "tariff"))
                    .and_then(|v| self.subject_heads(v).into_iter().next())
            })
        else {
            return Vec::new();
        };
        // "condemned attacks by settlers on Palestinian villages", the
        // villages hung on the verb: a phrase that names its own country
        // is that country's.
        let attacked = matches!(t.preposition(head).as_deref(), Some("on" | "against"));
        if judging.is_some() && attacked {
            if let Some(m) = self
                .resolver
                .resolve(self.text, t, head)
                .filter(|m| m.actor.country.is_some())
            {
                let same = sources.iter().any(|s| s.actor.country == m.actor.country);
                return if same { Vec::new() } else { vec![m] };
            }
        }
        // A look at the judge that must not change what later pronouns
        // stand for, as the reporter's is.
        let before = self.resolver.mentions_len();
        let judge = judging.and_then(|v| {
            let subjects = self.subject_heads(v);
            subjects.into_iter().find_map(|s| {
                self.resolver
                    .resolve(self.text, self.tree, s)
                    .and_then(|m| m.actor.country)
            })
        });
        self.resolver.forget_since(before);
        let Some(country) = judge.or_else(|| self.reporter_country()) else {
            return Vec::new();
        };
        // (An organisation has no country and may act on one.)
        if sources.iter().any(|s| match s.actor.country.as_deref() {
            Some(c) => c == country,
            None => !s.actor.code.starts_with("IGO"),
        }) {
            return Vec::new();
        }
        vec![self.country_mention(&country, head)]
    }

    /// The country `country` as an actor, named by the phrase `head`
    /// heads ("targets across the country" standing for UKR).
    fn country_mention(&self, country: &str, head: usize) -> Mention {
        let words = crate::actor::phrase_words(self.tree, head);
        let (text, span) = crate::actor::phrase_text(self.text, self.tree, &words);
        Mention {
            actor: crate::actor::country_actor(country, text, span),
            kind: crate::actor::ActorKind::Collective,
            resolution: Resolution::Dictionary,
            counterpart: false,
        }
    }

    /// Resolves the sentence's subjects (`names_only`: its named ones) so
    /// that later pronouns and role nouns can refer to them.
    pub fn remember_subjects(&mut self, names_only: bool) {
        for w in 1..=self.tree.len() {
            let upos = self.tree.word(w).upos.as_str();
            if self.tree.rel(w) == "nsubj"
                && upos != "PRON"
                && (!names_only || upos == "PROPN")
                && self
                    .resolver
                    .resolve_pair(self.text, self.tree, w, &[])
                    .is_none()
            {
                let _ = self.resolver.resolve(self.text, self.tree, w);
            }
        }
    }

    /// Locative phrases of the clause ("in Baku").
    pub fn locatives(&self, pred: usize, light: Option<usize>) -> Vec<usize> {
        let t = self.tree;
        let args: Vec<usize> = std::iter::once(pred)
            .chain(light)
            .flat_map(|h| t.children(h).iter().copied())
            .collect();
        // "met with Mammadyarov in Baku": the parser hangs the place on the
        // name, but a name takes no place of its own; it is the meeting's.
        let on_names = args
            .iter()
            .filter(|&&c| t.word(c).upos == "PROPN" && matches!(t.rel(c), "obl" | "nmod" | "obj"))
            .flat_map(|&c| t.children(c).iter().copied());
        args.iter()
            .copied()
            .chain(on_names)
            .filter(|&c| matches!(t.rel(c), "obl" | "nmod"))
            .filter(|&c| self.place_phrase(c))
            .collect()
    }

    /// Places named by the objects' and obliques' "in"/"at"/"near"
    /// modifiers ("attacked rebels in Darfur"), for the event's place when
    /// the clause names none.
    pub fn object_locatives(&self, pred: usize) -> Vec<usize> {
        let t = self.tree;
        self.object_heads(pred)
            .into_iter()
            // "fired on protesters in Nairobi": an oblique argument's too.
            .chain(t.kids_with(pred, "obl"))
            .flat_map(|o| t.kids_with(o, "nmod").collect::<Vec<_>>())
            .filter(|&c| matches!(t.preposition(c).as_deref(), Some("in" | "at" | "near")))
            .filter(|&c| self.place_phrase(c))
            .collect()
    }

    /// A proper name after a locative preposition that is neither a time
    /// ("overnight into Tuesday") nor an actor other than a country or
    /// capital ("appealed to the United Nations").
    fn place_phrase(&self, c: usize) -> bool {
        let t = self.tree;
        // "the Eritrean capital Asmara", "the Kazakh city of Almaty".
        let named_place = t.word(c).upos == "NOUN"
            && crate::actor::NAMED_PLACE_NOUNS.contains(&t.lemma(c).as_str())
            && t.children(c).iter().any(|&k| t.word(k).upos == "PROPN");
        (t.word(c).upos == "PROPN" || named_place)
            && t.preposition(c)
                .is_some_and(|p| LOCATIVE_PREPS.contains(&p.as_str()))
            && !crate::when::is_time_word(&t.word(c).form)
            && self.resolver.is_place(t, c)
    }

    /// "shelled Kherson", "fired rockets at Tel Aviv", "the port city of
    /// Eilat": the country of the towns a slot names, by the lent gazetteer
    /// (first slot that yields one).
    fn town_targets(&mut self, slots: &[Slot], pred: usize, light: Option<usize>) -> Vec<Mention> {
        let t = self.tree;
        for slot in slots {
            let mut heads: Vec<usize> = self
                .slot_heads(slot, pred, light)
                .into_iter()
                .flat_map(|h| t.conjuncts(h))
                .collect();
            // "the southern port city of Eilat": the name after the place noun.
            let named: Vec<usize> = heads
                .iter()
                .filter(|&&h| PLACE_NOUNS.contains(&t.lemma(h).as_str()))
                .flat_map(|&h| t.with_prep(h, "nmod", "of"))
                .collect();
            heads.extend(named);
            let found: Vec<Mention> = heads
                .into_iter()
                .filter_map(|h| self.resolver.gazetteer_country(self.text, t, h))
                .map(|actor| Mention {
                    actor,
                    kind: crate::actor::ActorKind::Collective,
                    resolution: Resolution::Dictionary,
                    counterpart: false,
                })
                .collect();
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    /// "a drone struck a car near Sulaimaniya airport": an attack on no
    /// actor or town targets the country where it struck, named by a
    /// locative phrase of its object or of the verb.
    fn scene_targets(&mut self, pred: usize) -> Vec<Mention> {
        let t = self.tree;
        let locative = |c: &usize| {
            matches!(t.rel(*c), "nmod" | "obl")
                && matches!(
                    t.preposition(*c).as_deref(),
                    Some("in" | "near" | "at" | "inside")
                )
                && !crate::when::is_time_word(&t.word(*c).form)
        };
        // "a drone strike that killed three people in southern Lebanon":
        // where an attack noun's relative clause says it struck.
        let relative: Vec<usize> = if t.is_nominal(pred) {
            t.children(pred)
                .iter()
                .copied()
                .filter(|&c| matches!(t.full_rel(c), "acl:relcl" | "acl"))
                .flat_map(|c| t.children(c).to_vec())
                .collect()
        } else {
            Vec::new()
        };
        // "fighting alongside rebels in Goma": an oblique's place too.
        let obliques: Vec<usize> = t
            .kids_with(pred, "obl")
            .flat_map(|o| t.children(o).to_vec())
            .collect();
        // "hit scores of the rebels' bases in eastern Congo": past a
        // count, where what it counts is.
        let heads: Vec<usize> = self
            .object_heads(pred)
            .into_iter()
            .flat_map(|o| std::iter::once(o).chain(t.with_prep(o, "nmod", "of")))
            .flat_map(|o| t.children(o).to_vec())
            .chain(t.children(pred).iter().copied())
            .chain(relative)
            .chain(obliques)
            .filter(locative)
            .collect();
        heads
            .into_iter()
            // A name, or a place noun with one ("the Kharkiv region").
            .filter(|&h| {
                t.word(h).upos == "PROPN"
                    || (crate::actor::NAMED_PLACE_NOUNS.contains(&t.lemma(h).as_str())
                        && t.children(h).iter().any(|&k| t.word(k).upos == "PROPN"))
            })
            // "the eastern city of Goma": the name after the place noun.
            .flat_map(|h| std::iter::once(h).chain(t.with_prep(h, "nmod", "of")))
            .find_map(|h| {
                self.resolver
                    .place_country(self.text, t, h)
                    .or_else(|| self.resolver.gazetteer_country(self.text, t, h))
            })
            .map(|actor| Mention {
                actor,
                kind: crate::actor::ActorKind::Collective,
                resolution: Resolution::Dictionary,
                counterpart: false,
            })
            .into_iter()
            .collect()
    }

    /// "Police in Kyrgyzstan detained 11 staff of a news outlet": people
    /// the state coerces who name no actor are of the country where it
    /// happens, else of the state's own country. The object's phrase is
    /// the target's text; its code is the bare country.
    fn people_at_home(&mut self, pred: usize, sources: &[Mention]) -> Vec<Mention> {
        let t = self.tree;
        let Some(object) = self
            .object_heads(pred)
            .into_iter()
            .find(|&o| matches!(t.word(o).upos.as_str(), "NOUN" | "NUM"))
        else {
            return Vec::new();
        };
        // "seized an oil tanker": a thing seized is no people at home.
        let thing = |w: usize| CRAFT_AND_GOODS.contains(&t.lemma(w).as_str());
        if thing(object) || t.kids_with(object, "compound").any(thing) {
            return Vec::new();
        }
        let Some(state) = sources
            .iter()
            .find_map(|s| crate::actor::state_country(&s.actor))
        else {
            return Vec::new();
        };
        let place = self
            .scene_targets(pred)
            .into_iter()
            .find_map(|m| m.actor.country);
        let country = place.unwrap_or_else(|| state.to_string());
        vec![self.country_mention(&country, object)]
    }

    /// Resolves the first slot that yields actors: every conjunct of every head.
    /// `exclude`: actors a counted pair ("both sides") or a pronoun may not
    /// stand for (the source, when the target is filled).
    fn fill(
        &mut self,
        slots: &[Slot],
        pred: usize,
        light: Option<usize>,
        exclude: &[String],
    ) -> Vec<Mention> {
        self.resolver.avoid(exclude);
        let found = self.fill_slots(slots, pred, light, exclude);
        self.resolver.avoid(&[]);
        found
    }

    fn fill_slots(
        &mut self,
        slots: &[Slot],
        pred: usize,
        light: Option<usize>,
        exclude: &[String],
    ) -> Vec<Mention> {
        for slot in slots {
            let raw = self.slot_heads(slot, pred, light);
            let split = raw.len() > 1;
            let heads: Vec<usize> = if split {
                raw
            } else {
                raw.into_iter().flat_map(|h| self.represented(h)).collect()
            };
            if matches!(slot, Slot::XcompArg | Slot::Judged) {
                // The first argument that names an actor other than the
                // source ("its troops" is the source's own).
                for h in heads {
                    let found: Vec<Mention> = self
                        .tree
                        .conjuncts(h)
                        .into_iter()
                        .filter_map(|c| self.resolver.resolve(self.text, self.tree, c))
                        .filter(|m| !exclude.contains(&m.actor.code))
                        .collect();
                    if !found.is_empty() {
                        return found;
                    }
                }
                continue;
            }
            let mut found = Vec::new();
            // Two subjects of one verb: one phrase the parser split
            // ("Uzbek | Foreign Minister Bakhtiyor Saidov"), unless they
            // name two countries ("Mirzoyan | and his counterpart Bayramov").
            if matches!(slot, Slot::Subj | Slot::LightSubj | Slot::Speaker) && split {
                let countries: std::collections::BTreeSet<String> = heads
                    .iter()
                    .filter_map(|&h| self.resolver.resolve(self.text, self.tree, h))
                    .filter_map(|m| m.actor.country)
                    .collect();
                if countries.len() < 2 {
                    found.extend(self.resolver.resolve_split(self.text, self.tree, &heads));
                    if !found.is_empty() {
                        return found;
                    }
                }
            }
            for h in heads.iter().flat_map(|&h| self.tree.conjuncts(h)) {
                let m = if matches!(slot, Slot::Place | Slot::XcompPlace) {
                    self.resolver
                        .place_country(self.text, self.tree, h)
                        .map(|actor| Mention {
                            actor,
                            kind: crate::actor::ActorKind::Collective,
                            resolution: Resolution::Dictionary,
                            counterpart: false,
                        })
                } else if let Some(two) =
                    self.resolver.resolve_pair(self.text, self.tree, h, exclude)
                {
                    found.extend(two);
                    continue;
                } else if let Some(each) =
                    self.resolver.resolve_distributed(self.text, self.tree, h)
                {
                    found.extend(each);
                    continue;
                } else if let Some(own) = self.quoted_speaker(h) {
                    Some(own)
                } else {
                    self.resolver.resolve(self.text, self.tree, h)
                };
                found.extend(m);
            }
            // "rejected the terms set out by Hamas": an object that names
            // no actor stands for whoever its participle's agent is.
            if found.is_empty() && *slot == Slot::Obj {
                let agents: Vec<usize> = heads
                    .iter()
                    .flat_map(|&h| self.tree.kids_with(h, "acl").collect::<Vec<_>>())
                    .filter(|&a| self.tree.word(a).xpos == "VBN")
                    .flat_map(|a| self.tree.with_prep(a, "obl", "by"))
                    .collect();
                for b in agents {
                    found.extend(self.resolver.resolve(self.text, self.tree, b));
                }
            }
            // "praised the deal between Israel and Lebanon": an accord that
            // names no actor stands for its parties.
            if found.is_empty() && *slot == Slot::Obj {
                let parties: Vec<usize> = heads
                    .iter()
                    .filter(|&&h| ACCORD_NOUNS.contains(&self.tree.lemma(h).as_str()))
                    .flat_map(|&h| self.tree.with_prep(h, "nmod", "between"))
                    .flat_map(|b| self.tree.conjuncts(b))
                    .collect();
                for b in parties {
                    found.extend(self.resolver.resolve(self.text, self.tree, b));
                }
            }
            self.share_role(&heads, &mut found);
            share_country(
                &mut found,
                matches!(slot, Slot::Subj | Slot::LightSubj | Slot::Poss | Slot::By),
            );
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    /// "Chilean and Peruvian officials", parsed as the conjuncts "Chilean"
    /// and "Peruvian officials": a bare country adjective takes the role of
    /// the last conjunct's noun (CHLGOV, PERGOV).
    fn share_role(&self, heads: &[usize], found: &mut [Mention]) {
        let conjuncts: Vec<usize> = heads.iter().flat_map(|&h| self.tree.conjuncts(h)).collect();
        if conjuncts.len() < 2 || conjuncts.len() != found.len() {
            return;
        }
        let Some(role) = found.last().and_then(|m| m.actor.role.clone()) else {
            return;
        };
        for (m, &c) in found.iter_mut().zip(&conjuncts) {
            if m.actor.role.is_none() && self.resolver.is_bare_adjective(self.tree, c) {
                if let Some(country) = m.actor.country.clone() {
                    *m = m.recoded(format!("{country}{role}"));
                }
            }
        }
    }

    /// Who did a passive attack that names no agent: whom the victims
    /// fought ("soldiers were killed in an exchange of fire with Pakistani
    /// troops"), or the reporting state, when what was downed is another
    /// state's craft ("a Ukrainian drone was shot down ..., Russia's
    /// defence ministry said").
    fn unnamed_attackers(&mut self, pred: usize) -> Vec<Mention> {
        const FIGHT_NOUNS: &[&str] = &[
            "exchange",
            "clash",
            "clashes",
            "fighting",
            "firefight",
            "gunfight",
            "battle",
            "skirmish",
            "skirmishes",
            "fire",
            "gunbattle",
        ];
        const CRAFT_NOUNS: &[&str] = &[
            "drone",
            "drones",
            "missile",
            "missiles",
            "rocket",
            "rockets",
            "aircraft",
            "plane",
            "jet",
            "helicopter",
            "balloon",
            "uav",
        ];
        let t = self.tree;
        let opponents: Vec<usize> = t
            .with_prep(pred, "obl", "in")
            .into_iter()
            .filter(|&o| FIGHT_NOUNS.contains(&t.lemma(o).as_str()))
            .flat_map(|o| std::iter::once(o).chain(t.with_prep(o, "nmod", "of")))
            .flat_map(|o| t.with_prep(o, "nmod", "with"))
            .collect();
        let found: Vec<Mention> = opponents
            .into_iter()
            .filter_map(|h| self.resolver.resolve(self.text, t, h))
            .collect();
        if !found.is_empty() {
            return found;
        }
        let downed: Vec<usize> = t
            .kids_with(pred, "nsubj:pass")
            .filter(|&s| CRAFT_NOUNS.contains(&t.lemma(s).to_lowercase().as_str()))
            .collect();
        let [craft] = downed[..] else {
            return Vec::new();
        };
        let before = self.resolver.mentions_len();
        let owner = self
            .resolver
            .resolve(self.text, t, craft)
            .and_then(|m| m.actor.country);
        self.resolver.forget_since(before);
        match (self.reporter().and_then(|r| r.country), owner) {
            (Some(r), Some(o)) if r != o => vec![self.country_mention(&r, pred)],
            _ => Vec::new(),
        }
    }

    /// "Armenia and Azerbaijan said they had agreed ...": a plural
    /// pronoun subject of a reported clause stands for every one of the
    /// coordinated speakers, not the last named.
    fn speakers_of_plural_pronoun(&mut self, pred: usize) -> Option<Vec<Mention>> {
        let t = self.tree;
        t.kids_with(pred, "nsubj")
            .find(|&c| matches!(t.lemma(c).to_lowercase().as_str(), "they" | "we"))?;
        let say = t.head(pred).filter(|_| t.rel(pred) == "ccomp")?;
        let speakers: Vec<usize> = self
            .subject_heads(say)
            .into_iter()
            .flat_map(|h| t.conjuncts(h))
            .collect();
        let found: Vec<Mention> = speakers
            .iter()
            .filter_map(|&h| self.resolver.resolve(self.text, t, h))
            .collect();
        (found.len() >= 2 && found.len() == speakers.len()).then_some(found)
    }

    /// The dyads of `p`. `intent`: the event is announced, not reported;
    /// it is coded with this code of intent (to meet: 036; to mediate:
    /// 039; to cooperate: 030) from its source(s) only, neither reciprocal
    /// nor hosted.
    fn dyads(
        &mut self,
        p: &Pattern,
        pred: usize,
        light: Option<usize>,
        intent: Option<&str>,
    ) -> Result<Vec<Dyad>, String> {
        let code = intent.unwrap_or(p.code.as_str());
        if p.target.contains(&Slot::Between) {
            let between = self.fill(&[Slot::Between], pred, light, &[]);
            if between.len() >= 2 {
                return Ok(pairs(code, p.reciprocal, &between));
            }
        }
        let mut sources = self.fill(&p.source, pred, light, &[]);
        // "The detention of Istanbul's mayor sparked protests": a state's
        // coercion of a politician, told as a noun with no agent, is by
        // the politician's own state.
        if sources.is_empty() && p.kind == PredicateKind::Noun && code.starts_with("17") {
            let targets = self.fill(&p.target, pred, light, &[]);
            let countries: std::collections::BTreeSet<&str> = targets
                .iter()
                .filter_map(|m| m.actor.country.as_deref())
                .collect();
            if let ([t], [c]) = (&targets[..], &countries.into_iter().collect::<Vec<_>>()[..]) {
                // Its own politicians and officials, not a foreigner held
                // abroad ("the detention of a Japanese executive").
                let political = t.actor.role.as_deref().is_some_and(|r| {
                    ["GOV", "OPP", "ELI", "LEG", "JUD"]
                        .iter()
                        .any(|x| r.starts_with(x))
                });
                if political {
                    sources.push(self.country_mention(c, pred));
                }
            }
        }
        if sources.is_empty()
            && self.tree.is_passive(pred)
            && ATTACK_ROOTS.iter().any(|r| code.starts_with(r))
        {
            sources = self.unnamed_attackers(pred);
        }
        if sources.is_empty() {
            return Err("no source actor".into());
        }
        if (p.reciprocal || p.mutual) && sources.len() == 1 {
            if let Some(all) = self.speakers_of_plural_pronoun(light.unwrap_or(pred)) {
                sources = all;
            }
        }
        // "X broke off relations with Y, with its deputy foreign minister
        // calling ...": a role named alone in an absolute phrase is of the
        // country of the clause it comments on.
        if sources
            .iter()
            .all(|m| crate::actor::is_bare_role(&m.actor.code))
        {
            let main = self
                .absolute_subject(pred)
                .and_then(|x| self.tree.head(x))
                .map(|h| self.subject_heads(h))
                .unwrap_or_default();
            let countries: std::collections::BTreeSet<String> = main
                .into_iter()
                .filter_map(|h| self.resolver.resolve(self.text, self.tree, h))
                .filter_map(|m| m.actor.country)
                .collect();
            if let [c] = &countries.into_iter().collect::<Vec<_>>()[..] {
                for m in sources.iter_mut() {
                    *m = m.recoded(format!("{c}{}", m.actor.code));
                }
            }
        }
        let other_slots: Vec<Slot> = p
            .target
            .iter()
            .filter(|s| **s != Slot::Between)
            .cloned()
            .collect();
        let source_codes: Vec<String> = sources.iter().map(|s| s.actor.code.clone()).collect();
        let mut targets = self.fill(&other_slots, pred, light, &source_codes);
        // "bombed Houthi targets in Yemen", "sanctions on Iranian
        // commanders and Iranian firms": a bare country adds nothing to an
        // actor of that country.
        let named: Vec<String> = targets
            .iter()
            .filter(|m| m.actor.country.as_deref() != Some(m.actor.code.as_str()))
            .filter_map(|m| m.actor.country.clone())
            .collect();
        targets.retain(|m| {
            m.actor.country.as_deref() != Some(m.actor.code.as_str())
                || !named.contains(&m.actor.code)
        });
        // "Biden and Putin agreed to return their ambassadors": what
        // coordinated subjects agree on among themselves names no target.
        if (p.reciprocal || p.mutual)
            && sources.len() >= 2
            && targets
                .iter()
                .all(|m| crate::actor::is_bare_role(&m.actor.code))
        {
            targets.clear();
        }
        // "The presidents of Kenya and Somalia agreed to shelve a row over
        // Somalia's boundary": one of the parties named
        // inside what they agree on is no third party.
        if (p.reciprocal || p.mutual)
            && sources.len() >= 2
            && matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08"))
            && targets.iter().all(|m| {
                m.actor.country.is_some()
                    && sources.iter().any(|s| s.actor.country == m.actor.country)
            })
        {
            targets.clear();
        }
        // A target found from a place does not act back: "fighting in Goma"
        // is no fighting by Congo.
        let placed = targets.is_empty();
        if targets.is_empty() && ATTACK_ROOTS.iter().any(|r| code.starts_with(r)) {
            targets = self.town_targets(&other_slots, pred, light);
            // Fighting between the coordinated subjects is theirs.
            let mutual = (p.reciprocal || p.mutual) && sources.len() >= 2;
            if targets.is_empty() && !mutual {
                targets = self.scene_targets(pred);
            }
        }
        // "Taiwan said China sent warships toward the island".
        let reportable = ATTACK_ROOTS.iter().any(|r| code.starts_with(r))
            || code.starts_with("15")
            || code.starts_with("16");
        if targets.is_empty() && reportable && !((p.reciprocal || p.mutual) && sources.len() >= 2) {
            targets = self.reported_targets(&other_slots, pred, light, &sources);
        }
        if targets.is_empty() && code.starts_with("17") {
            targets = self.people_at_home(pred, &sources);
        }
        // "..., a move Beijing denounced as protectionism": what is judged
        // is the act of the clause before, by its subject.
        if targets.is_empty() && (code.starts_with("11") || code.starts_with("12") || code == "051")
        {
            targets = self.judged_move(pred, &source_codes);
        }
        // "released each other's detained soldiers": what belongs to each
        // other is the other's.
        if sources.len() >= 2 {
            targets.retain(|m| {
                let text = m.actor.text.to_lowercase();
                !(text.contains("each other") || text.contains("one another"))
            });
        }
        let mut out = Vec::new();
        if targets.is_empty() {
            // "agreed not to use force against each other".
            let each_other = self.each_other(pred)
                || self
                    .open_complement(pred)
                    .is_some_and(|x| self.each_other(x));
            if (p.reciprocal || p.mutual || each_other) && sources.len() >= 2 {
                return Ok(pairs(code, true, &sources));
            }
            // "Russian strikes" alone are no strike by Russian workers: an
            // adjective names the source only of an event with a target.
            let t = self.tree;
            let adjective_only = sources.iter().all(|s| {
                t.kids_with(pred, "amod")
                    .any(|a| a < pred && t.word(a).span == s.actor.span)
            });
            if !p.target_optional || adjective_only {
                return Err("no target actor".into());
            }
            out.extend(sources.iter().map(|s| dyad(s, None, code)));
            return Ok(out);
        }
        for s in &sources {
            for t in &targets {
                let (s, t) = (&s.as_counterpart_of(t), &t.as_counterpart_of(s));
                for m in [s, t] {
                    if m.counterpart {
                        self.resolver.correct(m);
                    }
                }
                if one_party(code, &s.actor.code, &t.actor.code) {
                    continue;
                }
                out.push(dyad(s, Some(t), code));
                if intent.is_some() {
                    continue;
                }
                if p.reciprocal && !placed {
                    out.push(dyad(t, Some(s), code));
                }
                if let Some(c) = &p.converse {
                    out.push(dyad(t, Some(s), c));
                }
            }
        }
        if out.is_empty() {
            if !p.target_optional {
                return Err("source and target are the same actor".into());
            }
            // "The Ethiopian government imposed a curfew in Addis Ababa":
            // the place is the source's own; the event has no target.
            out.extend(sources.iter().map(|s| dyad(s, None, code)));
        }
        Ok(out)
    }
}

/// "U.S. and British warplanes and warships": a conjunct of the source that
/// names a role only takes the country the others share, or, when they
/// name several, is left out as theirs. Among targets a bare title is
/// left out, where another conjunct names a country: it is a name the
/// parser split off ("met Guyana's | President Irfaan Ali"); other roles
/// take the one country the others share ("sanctions on U.S. companies
/// and six executives"), else the place's later ("struck a town and army
/// posts").
fn share_country(found: &mut Vec<Mention>, source: bool) {
    let bare = |m: &Mention| crate::actor::is_bare_role(&m.actor.code);
    if found.len() < 2 || !found.iter().any(bare) {
        return;
    }
    let countries: std::collections::BTreeSet<String> = found
        .iter()
        .filter_map(|m| m.actor.country.clone())
        .collect();
    match countries.len() {
        0 => {}
        1 => {
            if !source {
                found.retain(|m| m.actor.code != "GOV");
            }
            let country = countries.into_iter().next().unwrap_or_default();
            for m in found.iter_mut() {
                if bare(m) {
                    *m = m.recoded(format!("{country}{}", m.actor.code));
                }
            }
        }
        _ if source => found.retain(|m| !bare(m)),
        _ => found.retain(|m| m.actor.code != "GOV"),
    }
}

impl SentenceContext<'_, '_> {
    /// Whether "each other" or "one another" follows the predicate within
    /// its clause ("accused each other of"): coordinated subjects then act
    /// on one another. Read from the words: the parser hangs the pair
    /// anywhere.
    fn each_other(&self, pred: usize) -> bool {
        let t = self.tree;
        let form = |k: usize| t.word(k).form.to_lowercase();
        (pred + 1..t.len().min(pred + 4))
            .take_while(|&k| !matches!(t.word(k).upos.as_str(), "VERB" | "PUNCT"))
            .any(|k| {
                matches!(
                    (form(k).as_str(), form(k + 1).as_str()),
                    ("each", "other") | ("one", "another")
                )
            })
    }
}

/// The last comma within `reach` words before `pred`, and the word that
/// opens the phrase after it, past its article: "move" in "..., a move
/// Beijing denounced".
fn appositive_noun(t: &Tree<'_>, pred: usize, reach: usize) -> Option<(usize, usize)> {
    let comma = (pred.saturating_sub(reach).max(1)..pred)
        .rev()
        .find(|&k| t.word(k).form == ",")?;
    let first = comma + 1;
    let article = matches!(
        t.word(first).form.to_lowercase().as_str(),
        "a" | "an" | "the"
    );
    Some((comma, if article { first + 1 } else { first }))
}

fn dyad(s: &Mention, t: Option<&Mention>, code: &str) -> Dyad {
    Dyad {
        source: s.clone(),
        target: t.cloned(),
        code: code.to_string(),
    }
}

/// Every pair of distinct actors, both ways for reciprocal patterns.
/// Whether two actors of a consultation are one party: the same code, or
/// a bare country and one of its roles ("Uzbek | Foreign Minister
/// Bakhtiyor Saidov", "his Armenian counterpart | Ararat Mirzoyan": the
/// parser's pieces of one phrase, never a meeting of a country with its
/// own government).
fn one_party(code: &str, a: &str, b: &str) -> bool {
    let country_and_role = |x: &str, y: &str| x.len() == 3 && y.len() > 3 && y.starts_with(x);
    a == b || (code.starts_with("04") && (country_and_role(a, b) || country_and_role(b, a)))
}

fn pairs(code: &str, reciprocal: bool, actors: &[Mention]) -> Vec<Dyad> {
    let mut out = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        for b in &actors[i + 1..] {
            if one_party(code, &a.actor.code, &b.actor.code) {
                continue;
            }
            out.push(dyad(a, Some(b), code));
            if reciprocal {
                out.push(dyad(b, Some(a), code));
            }
        }
    }
    out
}
