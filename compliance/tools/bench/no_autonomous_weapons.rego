# A hand-written Rego translation of the built-in pack no-autonomous-weapons, for the
# benchmark (python -m compliance.bench) and the differential test against the engine.
#
# Input: a contract's merged facts as JSON (compliance.tools.bench.rego_input), with
# complete_lists naming the dotted paths of the lists stated complete. Rego has two truth
# values, so this translation reads every fact as stated: an absent fact makes a predicate
# false. The engine's verdicts (three-valued) must equal these wherever every predicate the
# engine evaluated for a rule was decided (true or false). Under the pack's `stated` (true
# only when the part is true), a part is read exactly: a negated predicate inside it holds
# only when the predicate is stated false (e.g. a list stated to hold an item is stated not
# to be a subset of []; a list must be stated complete to hold none of some values).
#
# Output: data.compliance.no_autonomous_weapons.verdicts, {rule id: verdict}, with verdicts
# pass, fail or not_applicable.
package compliance.no_autonomous_weapons

import rego.v1

# A list fact's items; none when the fact is stated as a text ("unspecified"). Iterating or
# searching a text is undefined in OPA and regopy but an error in regorus; this reads it the
# same way in all three.
items(x) := x if is_array(x)

items(x) := [] if not is_array(x)

# A list stated complete, with no unspecified element (input.complete_lists).
complete(path) if path in items(input.complete_lists)

# A list stated to hold an item (an unspecified element is none): `subset_of: []` stated
# false.
has_item(x) if {
	some item in items(x)
	item != "unspecified"
}

# A list stated complete and empty: `subset_of: []` stated true.
empty_list(x, path) if {
	complete(path)
	count(items(x)) == 0
}

# --- definitions (rules/no-autonomous-weapons/pack.yaml) ------------------------------------

customer_kinds_defence := {"defence-department", "armed-forces", "military-alliance"}

nexus_use_cases := {"weapons-targeting", "fire-control", "autonomous-weapons", "command-and-control"}

intelligence_use_cases := {"intelligence-analysis", "intelligence-collection", "signals-intelligence"}

non_military_purposes := {
	"civilian", "law-enforcement", "public-security", "humanitarian", "border-management",
	"employment", "commercial", "research",
}

# The purposes are stated in full (input.complete_lists names the top-level lists stated
# complete, with no unspecified element) and none is military, defence or national security.
default purposes_stated_non_military := false

purposes_stated_non_military if {
	"purposes" in items(input.complete_lists)
	every purpose in items(input.purposes) {
		purpose in non_military_purposes
	}
}

customers contains party if {
	some party in items(input.parties)
	"customer" in items(party.roles)
}

default weapons_nexus := false

weapons_nexus if {
	some party in customers
	party.kind in customer_kinds_defence
}

weapons_nexus if {
	some use in items(input.use_cases)
	use in nexus_use_cases
}

weapons_nexus if {
	some use in items(input.use_cases)
	use in intelligence_use_cases
	not purposes_stated_non_military
}

weapons_nexus if {
	some purpose in items(input.purposes)
	purpose in {"military", "defence"}
}

# A restriction prohibited unconditionally, with no carve-outs, that the customer may not
# waive (a ban pinned to a policy version is not total: it forbids only what that version
# forbids). Read exactly (weapons-use-prohibited is read under `stated`): the carve-outs
# stated complete and empty.
total_ban(restriction, path) if {
	restriction.prohibited == true
	restriction.condition == "unconditional"
	empty_list(restriction.exceptions, concat(".", [path, "exceptions"]))
	not restriction.waivable_by_customer == true
}

# The vocabulary's table of restricted practices (compliance/facts/practices.py), for the two
# practices this pack reads with permits_practice: which use cases amount to them, and the
# exceptions recognised for autonomous weapons.
weapons_use_values := {"weapons-targeting", "fire-control", "autonomous-weapons"}

autonomous_weapons_values := {"autonomous-weapons"}

autonomy_exceptions := {"materiel-targets", "local-defence"}

default permits_weapons_use := false

permits_weapons_use if {
	some use in items(input.use_cases)
	use in weapons_use_values
}

# permits_practice: weapons-use stated false: no permitted use is a weapons use, and the list
# of uses is complete, or the uses it leaves unnamed are those of a grant of any lawful use
# that the stated weapons ban prevails over, or the description records every term that
# buys a use, with no lawful-use grant, beside an unconditional weapons ban.
default weapons_use_not_permitted := false

weapons_use_not_permitted if {
	not permits_weapons_use
	complete("use_cases")
}

weapons_use_not_permitted if {
	not permits_weapons_use
	input.grants.any_lawful_use == true
	ban_prevails("weapons_integration")
	input.restrictions.weapons_integration.prohibited == true
}

weapons_use_not_permitted if {
	not permits_weapons_use
	input.grants.uses_recorded_in_full == true
	input.grants.any_lawful_use == false
	input.restrictions.weapons_integration.condition == "unconditional"
	input.restrictions.weapons_integration.prohibited == true
}

# ban_prevails, read as stated: the restriction states that it prevails over a lawful-use
# grant, or it does not state that it yields and the contract states that every
# restriction prevails.
ban_prevails(name) if input.restrictions[name].prevails_over_grants == true

ban_prevails(name) if {
	not input.restrictions[name].prevails_over_grants == false
	input.grants.red_lines_prevail == true
}

# The restriction yields to a lawful-use grant, read as stated: its own statement, else
# the contract's for every restriction.
yields_to_lawful_use(name) if {
	input.grants.any_lawful_use == true
	input.restrictions[name].prevails_over_grants == false
}

yields_to_lawful_use(name) if {
	input.grants.any_lawful_use == true
	not input.restrictions[name].prevails_over_grants == true
	input.grants.red_lines_prevail == false
}

# A recognised carve-out counts only where the contract states that the carved-out systems
# engage only under an operator's supervision (their own condition, operator_supervised),
# and does not state that the system runs with no human oversight (contradicted_by).
default autonomy_exception_stated := false

autonomy_exception_stated if {
	input.restrictions.autonomous_weapons.prohibited == true
	autonomy_exception_listed
	input.restrictions.autonomous_weapons.operator_supervised == true
	not input.safeguards.human_oversight.mode == "none"
}

default permits_autonomous_weapons := false

permits_autonomous_weapons if {
	some use in items(input.use_cases)
	use in autonomous_weapons_values
	not autonomy_exception_stated
}

# The contract states that its autonomous-weapons ban yields to an "any lawful use" grant
# (read as stated).
default ban_yields_to_lawful_use := false

ban_yields_to_lawful_use if yields_to_lawful_use("autonomous_weapons")

default weapons_use_prohibited := false

weapons_use_prohibited if {
	total_ban(input.restrictions.weapons_integration, "restrictions.weapons_integration")
	not input.restrictions.weapons_integration.binds_every_user == false
	not input.grants.limited_only_by_law == true
	weapons_use_not_permitted
	not yields_to_lawful_use("weapons_integration")
}

default autonomy_ban_total := false

autonomy_ban_total if {
	total_ban(input.restrictions.autonomous_weapons, "restrictions.autonomous_weapons")
	not input.grants.limited_only_by_law == true
	not permits_autonomous_weapons
	not "autonomous-weapons" in items(input.use_cases)
	not buys_autonomous_engagement
	not ban_yields_to_lawful_use
}

# Weapons use that engages without a human decision (an autonomous weapon under another
# name), read as stated: no carve-out for materiel targets or local defence counts.
default buys_autonomous_engagement := false

buys_autonomous_engagement if {
	permits_weapons_use
	"autonomous-action" in items(input.system.capabilities)
	engagement_without_decision
	autonomy_exception_does_not_count
}

# Stated not to count: the carve-outs for materiel targets and local defence stated absent
# from a complete list, the carved-out systems stated unsupervised, or the system stated to
# run with no human oversight.
default autonomy_exception_does_not_count := false

autonomy_exception_does_not_count if {
	complete("restrictions.autonomous_weapons.exceptions")
	not autonomy_exception_listed
}

autonomy_exception_does_not_count if input.restrictions.autonomous_weapons.operator_supervised == false

autonomy_exception_does_not_count if input.safeguards.human_oversight.mode == "none"

# No affirmative human decision is needed for each engagement, or one is needed only where
# practicable.
default engagement_without_decision := false

engagement_without_decision if input.weapons.human_decision_per_engagement == false

engagement_without_decision if input.weapons.human_decision_qualified == true

default autonomy_exception_listed := false

autonomy_exception_listed if {
	some exception in items(input.restrictions.autonomous_weapons.exceptions)
	exception in autonomy_exceptions
}

default weapons_integration_possible := false

weapons_integration_possible if {
	weapons_nexus
	not weapons_use_prohibited
}

default autonomy_permitted := false

autonomy_permitted if {
	weapons_nexus
	not weapons_use_prohibited
	not autonomy_ban_total
}

default alliance_customer := false

alliance_customer if {
	some party in customers
	party.kind == "military-alliance"
}

# NATO written as an international organisation.
alliance_customer if {
	some party in customers
	party.international_organisation == "nato"
}

default us_defence_customer := false

us_defence_customer if {
	some party in customers
	party.kind in {"defence-department", "armed-forces"}
	party.country == "US"
}

# --- rules -------------------------------------------------------------------------------------

verdict(applies, requires) := "not_applicable" if not applies

verdict(applies, requires) := "pass" if {
	applies
	requires
}

verdict(applies, requires) := "fail" if {
	applies
	not requires
}

default req_human_judgment := false

req_human_judgment if {
	input.weapons.human_judgment_standard in {
		"appropriate-human-judgment",
		"context-appropriate-human-judgement-and-control",
		"meaningful-human-control",
	}
	not input.weapons.human_judgment_qualified == true
	not meaningful_control_contradicted
}

# Meaningful human control over each use of force, beside a weapons use in which the system
# acts autonomously with no affirmative human decision for each engagement (read as stated).
default meaningful_control_contradicted := false

meaningful_control_contradicted if {
	input.weapons.human_judgment_standard == "meaningful-human-control"
	permits_weapons_use
	"autonomous-action" in items(input.system.capabilities)
	input.weapons.human_decision_per_engagement == false
}

# A duty stated for some of the weapons uses the contract permits, not all (the pack's
# definitions legal-review-partial, senior-review-partial, verification-partial): read as
# stated, so a contract that does not name the uses (in a complete list) is not partial.
partial(uses, path) if {
	complete(path)
	some use in items(input.use_cases)
	use in weapons_use_values
	not use in uses
}

# Or a carve-out from the autonomous-weapons ban (other than those in `exempt`) permits use
# in an autonomous weapon system that the named uses leave out.
partial_carve_out(uses, path, exempt) if {
	complete(path)
	not "autonomous-weapons" in uses
	some exception in items(input.restrictions.autonomous_weapons.exceptions)
	exception != "unspecified"
	not exception in exempt
}

default req_unconditional_ban := false

# A prohibition of every weapons use outright is an unconditional autonomous-weapons ban.
req_unconditional_ban if {
	weapons_use_prohibited
	not ban_yields_to_lawful_use
	not input.restrictions.weapons_integration.amendable_by_provider == true
}

req_unconditional_ban if {
	not ban_yields_to_lawful_use
	input.restrictions.autonomous_weapons.prohibited == true
	input.restrictions.autonomous_weapons.condition in {"unconditional", "pinned-policy-version"}
	not open_ended_exception
	not permits_autonomous_weapons
	not buys_autonomous_engagement
	not input.restrictions.autonomous_weapons.waivable_by_customer == true
	not input.restrictions.autonomous_weapons.amendable_by_provider == true
}

# A carve-out for uses the customer deems lawful, or for whatever the parties agree
# separately.
default open_ended_exception := false

open_ended_exception if {
	some exception in items(input.restrictions.autonomous_weapons.exceptions)
	exception in {"lawful-purposes", "separate-agreement"}
}

# Or (for the ban rule) a carve-out for autonomous functions applying non-lethal force,
# which leaves autonomous weapon systems permitted.
default ban_carve_out_too_wide := false

ban_carve_out_too_wide if open_ended_exception

ban_carve_out_too_wide if "non-lethal-force" in items(input.restrictions.autonomous_weapons.exceptions)

# Or a definition of the banned term that leaves part of the practice out (audit 79).
ban_carve_out_too_wide if "defined-narrowly" in items(input.restrictions.autonomous_weapons.exceptions)

default req_autonomy_limits := false

req_autonomy_limits if {
	limits := input.weapons.autonomy_limits
	limits.materiel_targets_only == true
	limits.bounded_area_and_time == true
	limits.no_civilians_present == true
	limits.supervised_with_deactivation == true
	not anti_personnel_autonomy_permitted
	not input.safeguards.human_oversight.can_stop == false
	not input.safeguards.human_oversight.mode == "none"
	not input.restrictions.autonomous_weapons.operator_supervised == false
}

# The contract expressly permits, or carves out of a prohibition, autonomous functions that
# apply force against persons (read as stated).
default anti_personnel_autonomy_permitted := false

anti_personnel_autonomy_permitted if input.restrictions.anti_personnel_autonomy.prohibited == false

anti_personnel_autonomy_permitted if has_item(input.restrictions.anti_personnel_autonomy.exceptions)

default req_no_anti_personnel_autonomy := false

req_no_anti_personnel_autonomy if {
	input.restrictions.anti_personnel_autonomy.prohibited == true
	not input.grants.limited_only_by_law == true
	count(input.restrictions.anti_personnel_autonomy.exceptions) == 0
	not input.restrictions.anti_personnel_autonomy.condition in {
		"where-law-or-policy-requires",
		"as-required-by-applicable-law",
	}
	not input.restrictions.anti_personnel_autonomy.waivable_by_customer == true
}

default req_no_guardrail_free_models := false

req_no_guardrail_free_models if {
	input.system.guardrails == "standard"
	not input.safeguards.vendor_safety_stack == false
	not input.data.continuity.safeguard_removal_condition == true
}

req_no_guardrail_free_models if {
	input.system.guardrails == "reduced"
	input.safeguards.vendor_safety_stack == true
	not input.data.continuity.safeguard_removal_condition == true
}

default req_no_weapons_embedding := false

req_no_weapons_embedding if {
	not embedded_in_autonomous_weapon
	input.restrictions.weapons_platform_installation.prohibited == true
	count(input.restrictions.weapons_platform_installation.exceptions) == 0
	not input.restrictions.weapons_platform_installation.condition in {
		"where-law-or-policy-requires",
		"as-required-by-applicable-law",
	}
	not input.restrictions.weapons_platform_installation.waivable_by_customer == true
}

req_no_weapons_embedding if {
	not embedded_in_autonomous_weapon
	input.system.deployment_model in {"vendor-cloud", "government-cloud"}
	input.system.edge_delivery == false
	not input.restrictions.weapons_platform_installation.prohibited == false
}

# Weights delivered to edge devices for use within an autonomous weapon system.
default embedded_in_autonomous_weapon := false

embedded_in_autonomous_weapon if {
	input.system.edge_delivery == true
	"autonomous-weapons" in items(input.use_cases)
}

advisory_use_cases := {
	"decision-support", "intelligence-analysis", "intelligence-collection", "osint",
	"signals-intelligence", "communications-analysis", "surveillance", "weapons-targeting",
	"fire-control", "command-and-control", "autonomous-weapons",
}

default applies_decision_support := false

applies_decision_support if {
	weapons_nexus
	some use in items(input.use_cases)
	use in advisory_use_cases
}

default targeting_controlled := false

# Bought: targeting itself, or use in an autonomous weapon system, which selects targets.
default targeting_bought := false

targeting_bought if {
	some use in items(input.use_cases)
	use in {"weapons-targeting", "autonomous-weapons"}
}

targeting_controlled if {
	"weapons-targeting" in items(input.excluded_use_cases)
	not targeting_bought
}

targeting_controlled if {
	is_array(input.use_cases)
	not targeting_bought
}

targeting_controlled if {
	input.safeguards.outputs_advisory == true
	input.weapons.human_decision_per_engagement == true
	not input.weapons.human_decision_qualified == true
	not "autonomous-weapons" in items(input.use_cases)
	not input.safeguards.human_oversight.mode in {"human-on-the-loop", "none"}
	not has_item(input.restrictions.autonomous_weapons.exceptions)
}

default c2_controlled := false

c2_controlled if {
	"command-and-control" in items(input.excluded_use_cases)
	not "command-and-control" in items(input.use_cases)
}

c2_controlled if {
	is_array(input.use_cases)
	not "command-and-control" in items(input.use_cases)
}

c2_controlled if {
	input.safeguards.outputs_advisory == true
	not input.safeguards.human_oversight.mode in {"human-on-the-loop", "none"}
}

default req_verification := false

req_verification if {
	input.weapons.verification_and_testing == true
	input.weapons.online_learning_in_field == false
	not verification_partial
}

default verification_partial := false

verification_partial if partial(input.weapons.verification_uses, "weapons.verification_uses")

verification_partial if partial_carve_out(input.weapons.verification_uses, "weapons.verification_uses", set())

# Rules whose requirement is one fact stated true.
default req_autonomous_weapons_ban := false

# A prohibition of every weapons use outright bans use in autonomous weapon systems too.
req_autonomous_weapons_ban if {
	weapons_use_prohibited
	not lawful_use_grant_without_ban
	not ban_yields_to_lawful_use
	not ban_stated_absent
}

req_autonomous_weapons_ban if {
	not ban_yields_to_lawful_use
	not ban_stated_absent
	input.restrictions.autonomous_weapons.prohibited == true
	not input.restrictions.autonomous_weapons.binds_every_user == false
	not ban_carve_out_too_wide
	not permits_autonomous_weapons
	not buys_autonomous_engagement
	not ban_no_stronger_than_law
	not input.restrictions.autonomous_weapons.waivable_by_customer == true
	not lawful_use_grant_without_ban
}

# A defence customer is granted any lawful use, no term restricts the uses beyond the law,
# and no weapons ban is stated.
default lawful_use_grant_without_ban := false

lawful_use_grant_without_ban if {
	input.grants.any_lawful_use == true
	input.grants.limited_only_by_law == true
	some party in customers
	party.kind in customer_kinds_defence
	not input.restrictions.autonomous_weapons.prohibited == true
	not input.restrictions.weapons_integration.prohibited == true
}

# Stated: an absent condition is not "no stronger than the law" (Rego's undefined is false).
default ban_no_stronger_than_law := false

ban_no_stronger_than_law if input.restrictions.autonomous_weapons.condition in {
	"where-law-or-policy-requires",
	"as-required-by-applicable-law",
}

default req_bias_mitigation := false

req_bias_mitigation if input.weapons.bias_testing == true

default req_change_control := false

req_change_control if {
	input.weapons.change_control == true
	not lawful_use_limited_only_by_law
}

# Any lawful use granted, no term restricting it beyond the law: the customer may add any
# lawful use on its own.
default lawful_use_limited_only_by_law := false

lawful_use_limited_only_by_law if {
	input.grants.any_lawful_use == true
	input.grants.limited_only_by_law == true
}

default req_deactivation := false

req_deactivation if {
	input.weapons.deactivation == true
	not input.safeguards.customer_may_suspend == false
	not input.safeguards.vendor_may_suspend == false
	not input.safeguards.human_oversight.can_stop == false
}

default req_decision_support_advisory := false

# Outputs that trigger force or action with no human approving them are not advisory.
req_decision_support_advisory if {
	input.safeguards.outputs_advisory == true
	not unreviewed_weapons_use
}

default unreviewed_weapons_use := false

unreviewed_weapons_use if {
	permits_weapons_use
	input.weapons.human_decision_per_engagement == false
}

# The decision required only where practicable or feasible.
unreviewed_weapons_use if {
	permits_weapons_use
	input.weapons.human_decision_qualified == true
}

# Use in an autonomous weapon system bought.
unreviewed_weapons_use if "autonomous-weapons" in items(input.use_cases)

# Outputs operators may not disregard or reverse.
unreviewed_weapons_use if input.safeguards.human_oversight.can_override == false

# The human only on the loop, or no human control.
unreviewed_weapons_use if input.safeguards.human_oversight.mode in {"human-on-the-loop", "none"}

default req_human_decision_per_engagement := false

req_human_decision_per_engagement if {
	input.weapons.human_decision_per_engagement == true
	not input.grants.limited_only_by_law == true
	not input.weapons.human_decision_qualified == true
	no_autonomy_carve_out
	not autonomous_weapons_permitted_expressly
}

# No carve-out from the autonomous-weapons ban: stated none, or the restrictions stated in
# full without that ban (restrictions.in_contract complete) and no carve-out stated.
default no_autonomy_carve_out := false

no_autonomy_carve_out if {
	empty_list(input.restrictions.autonomous_weapons.exceptions, "restrictions.autonomous_weapons.exceptions")
}

no_autonomy_carve_out if {
	complete("restrictions.in_contract")
	not "autonomous_weapons" in items(input.restrictions.in_contract)
	not has_item(input.restrictions.autonomous_weapons.exceptions)
}

# The restrictions stated in full (restrictions.in_contract complete) with neither an
# autonomous-weapons ban nor a ban of every weapons use: the contract has none.
default ban_stated_absent := false

ban_stated_absent if {
	complete("restrictions.in_contract")
	not "autonomous_weapons" in items(input.restrictions.in_contract)
	not "weapons_integration" in items(input.restrictions.in_contract)
}

# Use in an autonomous weapon system bought, or expressly permitted (read as stated).
default autonomous_weapons_permitted_expressly := false

autonomous_weapons_permitted_expressly if "autonomous-weapons" in items(input.use_cases)

autonomous_weapons_permitted_expressly if input.restrictions.autonomous_weapons.prohibited == false

default req_ihl_compliance := false

req_ihl_compliance if input.weapons.ihl_compliance == true

default req_legal_weapons_review := false

req_legal_weapons_review if {
	input.weapons.legal_review == true
	not legal_review_partial
}

default legal_review_partial := false

legal_review_partial if partial(input.weapons.legal_review_uses, "weapons.legal_review_uses")

legal_review_partial if partial_carve_out(input.weapons.legal_review_uses, "weapons.legal_review_uses", set())

default req_nato_principles := false

req_nato_principles if input.weapons.nato_principles == true

default req_senior_review := false

req_senior_review if {
	input.weapons.senior_review == true
	not senior_review_partial
	not local_defence_not_exempt
}

# A local-defence carve-out that the named uses leave out, its autonomy not limited to
# materiel targets or not operator-supervised (the exemption from senior review covers
# operator-supervised local defence against materiel targets only).
default local_defence_not_exempt := false

local_defence_not_exempt if {
	"local-defence" in items(input.restrictions.autonomous_weapons.exceptions)
	complete("weapons.senior_review_uses")
	not "autonomous-weapons" in items(input.weapons.senior_review_uses)
	local_defence_may_engage_persons
}

default local_defence_may_engage_persons := false

local_defence_may_engage_persons if input.restrictions.anti_personnel_autonomy.prohibited == false

local_defence_may_engage_persons if input.weapons.autonomy_limits.materiel_targets_only == false

local_defence_may_engage_persons if input.restrictions.autonomous_weapons.operator_supervised == false

local_defence_may_engage_persons if input.safeguards.human_oversight.mode == "none"

# Operator-supervised local defence is reported exempt from senior review.
default senior_review_partial := false

# Use in an autonomous weapon system the named uses leave out counts unless it is confined
# to the local-defence carve-out of a ban that stands (prohibited, unconditional, not
# waivable, local defence its only carve-out), which local_defence_not_exempt judges.
senior_review_partial if {
	complete("weapons.senior_review_uses")
	some use in items(input.use_cases)
	use in weapons_use_values
	use != "autonomous-weapons"
	not use in items(input.weapons.senior_review_uses)
}

senior_review_partial if {
	complete("weapons.senior_review_uses")
	"autonomous-weapons" in items(input.use_cases)
	not "autonomous-weapons" in items(input.weapons.senior_review_uses)
	not autonomy_confined_to_local_defence
}

default autonomy_confined_to_local_defence := false

autonomy_confined_to_local_defence if {
	input.restrictions.autonomous_weapons.prohibited == true
	input.restrictions.autonomous_weapons.condition == "unconditional"
	complete("restrictions.autonomous_weapons.exceptions")
	"local-defence" in items(input.restrictions.autonomous_weapons.exceptions)
	every exception in items(input.restrictions.autonomous_weapons.exceptions) {
		exception == "local-defence"
	}
	input.restrictions.autonomous_weapons.waivable_by_customer == false
}

senior_review_partial if partial_carve_out(
	input.weapons.senior_review_uses,
	"weapons.senior_review_uses",
	{"local-defence"},
)

default req_traceability := false

req_traceability if input.weapons.traceability == true

verdicts := {
	"autonomous-weapons-ban": verdict(weapons_nexus, req_autonomous_weapons_ban),
	"autonomy-limits": verdict(autonomy_permitted, req_autonomy_limits),
	"bias-mitigation": verdict(weapons_nexus, req_bias_mitigation),
	"change-control": verdict(weapons_nexus, req_change_control),
	"deactivation": verdict(weapons_nexus, req_deactivation),
	"decision-support-advisory": verdict(applies_decision_support, req_decision_support_advisory),
	"human-decision-per-engagement": verdict(
		weapons_integration_possible,
		req_human_decision_per_engagement,
	),
	"human-judgment": verdict(weapons_integration_possible, req_human_judgment),
	"ihl-compliance": verdict(weapons_nexus, req_ihl_compliance),
	"legal-weapons-review": verdict(weapons_integration_possible, req_legal_weapons_review),
	# nato-principles applies from 22 Oct 2021 (an as_of condition); the benchmark's
	# assessment date is later, so the translation leaves the date out.
	"nato-principles": verdict(alliance_customer, req_nato_principles),
	"no-anti-personnel-autonomy": verdict(autonomy_permitted, req_no_anti_personnel_autonomy),
	"no-guardrail-free-models": verdict(weapons_nexus, req_no_guardrail_free_models),
	"no-weapons-embedding": verdict(weapons_nexus, req_no_weapons_embedding),
	"senior-review": verdict(weapons_integration_possible_us, req_senior_review),
	"targeting-and-c2-controlled": verdict(weapons_nexus, targeting_and_c2),
	"traceability": verdict(weapons_nexus, req_traceability),
	"unconditional-ban": verdict(weapons_nexus, req_unconditional_ban),
	"verification-and-testing": verdict(weapons_nexus, req_verification),
}

default weapons_integration_possible_us := false

weapons_integration_possible_us if {
	weapons_integration_possible
	us_defence_customer
	not input.weapons.cyberspace_only == true
	not input.weapons.outside_directive_scope == true
}

default targeting_and_c2 := false

targeting_and_c2 if {
	targeting_controlled
	c2_controlled
	not autonomous_selection_bought
	not autonomous_weapons_permitted_with_weapons_use
}

# The contract expressly permits use in autonomous weapon systems (the ban stated false)
# while it buys weapons use: a system it may use to select and engage targets itself.
default autonomous_weapons_permitted_with_weapons_use := false

autonomous_weapons_permitted_with_weapons_use if {
	input.restrictions.autonomous_weapons.prohibited == false
	permits_weapons_use
}

# Weapons use bought from a system that acts without a human step, no affirmative human
# decision needed for each engagement (or one only where practicable): it selects targets.
default autonomous_selection_bought := false

autonomous_selection_bought if {
	permits_weapons_use
	"autonomous-action" in items(input.system.capabilities)
	engagement_without_decision
}
