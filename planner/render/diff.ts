// What changed between two plans (--previous), role by role: what a reviewer compares.
import type { Conditions } from "../../components/iam/policyDocument";
import type { PlanFile, RolePlanView } from "../planFile";
import { conditionLines, identityPolicies, principalNames, roleTitle } from "./sections";

/** Every single grant of each role of a plan file as one line, by component: what a reviewer compares. */
export function grantLines(file: PlanFile): Map<string, Set<string>> {
    return new Map(file.roles.map(({ component, plan }) => [component, new Set(roleGrantLines(plan))]));
}

function roleGrantLines(plan: RolePlanView): string[] {
    const when = (c: Conditions | undefined) =>
        conditionLines(c).length ? ` when ${conditionLines(c).join("; ")}` : "";
    return [
        `role: ${plan.roleName}`,
        ...identityPolicies(plan).flatMap((p) =>
            p.document.Statement.flatMap((s) =>
                s.Action.flatMap((a) =>
                    (s.Resource ?? []).map((r) => `identity: ${s.Effect} ${a} on ${r}${when(s.Condition)}`),
                ),
            ),
        ),
        ...plan.trustPolicy.Statement.flatMap((s) =>
            s.Action.map((a) => `trust: ${s.Principal?.Service} may ${a}${when(s.Condition)}`),
        ),
        ...(plan.kind === "agent" ? plan.lambdaPermissions : []).map(
            (p) =>
                `lambda ${p.function}: ${p.principal} may ${p.action} from ${p.sourceArn} in account ${p.sourceAccount}`,
        ),
        ...plan.keyPolicies.flatMap((key) =>
            key.statements.flatMap((s) =>
                s.Action.map(
                    (a) =>
                        `key policy of ${key.keyArn}: ${s.Principal.Service ?? s.Principal.AWS} may ${a}${when(s.Condition)}`,
                ),
            ),
        ),
        ...(plan.deliveryPolicies ?? []).flatMap((policy) =>
            policy.statements.flatMap((s) =>
                s.Action.flatMap((a) =>
                    s.Resource.map(
                        (r) =>
                            `${policy.on} policy ${policy.name}: ${s.Principal.Service ?? s.Principal.AWS} may ${a} on ${r}${when(s.Condition)}`,
                    ),
                ),
            ),
        ),
        ...(plan.callerPolicy?.Statement ?? []).flatMap((s) =>
            s.Action.flatMap((a) =>
                (s.Resource ?? []).map((r) => `callers: ${s.Effect} ${a} on ${r}${when(s.Condition)}`),
            ),
        ),
        ...(plan.kind !== "agent" ? (plan.resourcePolicy ?? []) : []).flatMap((s) =>
            s.Action.flatMap((a) =>
                principalNames(s.Principal).map(
                    (p) => `resource policy: ${s.Effect} ${p} ${a}${when(s.Condition)}`,
                ),
            ),
        ),
        ...(plan.deployerStatements ?? []).flatMap((s) =>
            s.Action.flatMap((a) =>
                (s.Resource ?? []).map((r) => `deployer: ${s.Effect} ${a} on ${r}${when(s.Condition)}`),
            ),
        ),
    ];
}

/** What changed between two plans, role by role: each line names its component. */
export interface PlanDiff {
    /** Grants a role gains, and roles added or replacing another with everything they grant. */
    added: string[];
    /** Grants a role loses, and roles removed or replaced with everything they granted. */
    removed: string[];
    /** Grants one role loses and another gains. */
    moved: string[];
    /**
     * Components whose role is now of another kind (an agent's role become an AgentCore runtime's
     * role, say): one role replaced by another, whose grants are all in `removed` and `added`.
     */
    replaced: string[];
    /** Roles not known whole offline in either plan, which are not compared. */
    notCompared: string[];
}

/**
 * What each role grants that it did not, and no longer grants; roles added and removed with all
 * their grants; a component whose role changed kind as one role replaced by another, with every
 * grant of both (the same grant given to another kind of role is given to another service); and
 * grants moved from one role to another, which a stack-wide comparison misses.
 */
export function diffPlans(previous: PlanFile, current: PlanFile): PlanDiff {
    const before = grantLines(previous);
    const after = grantLines(current);
    const notCompared = [...(previous.unknownRoles ?? []), ...(current.unknownRoles ?? [])].map(
        (role) => role.component,
    );
    const components = [...new Set([...before.keys(), ...after.keys()])]
        .filter((component) => !notCompared.includes(component))
        .sort();
    const planOf = (file: PlanFile, component: string) =>
        file.roles.find((role) => role.component === component)?.plan;
    const replacedKinds = new Map<string, [RolePlanView, RolePlanView]>();
    for (const component of components) {
        const [was, is] = [planOf(previous, component), planOf(current, component)];
        if (was && is && was.kind !== is.kind) {
            replacedKinds.set(component, [was, is]);
        }
    }
    const label = (component: string, file: "before" | "after") => {
        const replaced = replacedKinds.get(component)?.[file === "before" ? 0 : 1];
        if (replaced) {
            return ` (${file === "before" ? "replaced" : "new"} ${replaced.kind} role)`;
        }
        const other = file === "before" ? after : before;
        return other.has(component) ? "" : file === "after" ? " (role added)" : " (role removed)";
    };
    const gained: [string, string][] = [];
    const lost: [string, string][] = [];
    for (const component of components) {
        const replaced = replacedKinds.has(component);
        const was = before.get(component) ?? new Set<string>();
        const is = after.get(component) ?? new Set<string>();
        [...is]
            .filter((line) => replaced || !was.has(line))
            .forEach((line) => gained.push([component, line]));
        [...was].filter((line) => replaced || !is.has(line)).forEach((line) => lost.push([component, line]));
    }
    const moved: string[] = [];
    const movedLines = new Set<string>();
    for (const [from, line] of lost) {
        const to = gained.find(([component, other]) => other === line && component !== from)?.[0];
        if (to && !line.startsWith("role: ") && !replacedKinds.has(from) && !replacedKinds.has(to)) {
            moved.push(`${line}: from ${from} to ${to}`);
            movedLines.add(line);
        }
    }
    return {
        added: gained
            .filter(([, line]) => !movedLines.has(line))
            .map(([component, line]) => `${component}${label(component, "after")}: ${line}`),
        removed: lost
            .filter(([, line]) => !movedLines.has(line))
            .map(([component, line]) => `${component}${label(component, "before")}: ${line}`),
        moved,
        replaced: [...replacedKinds].map(
            ([component, [was, is]]) => `${component}: ${roleTitle(was)} replaced by ${roleTitle(is)}`,
        ),
        notCompared: [...new Set(notCompared)].sort(),
    };
}

/** Whether a diff shows no change at all. */
export const isUnchanged = (diff: PlanDiff) =>
    diff.added.length +
        diff.removed.length +
        diff.moved.length +
        diff.replaced.length +
        diff.notCompared.length ===
    0;

/** The lines of a diff: `!` replaced, `+` added, `-` removed, `~` moved, `?` not compared. */
export function diffLines(diff: PlanDiff): string[] {
    return [
        ...diff.replaced.map((line) => `! ${line}`),
        ...diff.added.map((line) => `+ ${line}`),
        ...diff.removed.map((line) => `- ${line}`),
        ...diff.moved.map((line) => `~ ${line}`),
        ...diff.notCompared.map(
            (component) => `? ${component}: not known whole offline in one of the plans, so not compared`,
        ),
    ];
}

/** The review of a change: roles replaced, grants added, removed and moved, or a line saying nothing changed. */
export function renderDiff(diff: PlanDiff): string {
    if (isUnchanged(diff)) {
        return "No change in what is granted.";
    }
    return [
        `Grants added: ${diff.added.length}, removed: ${diff.removed.length}, moved: ${diff.moved.length}` +
            (diff.replaced.length > 0 ? `; roles replaced: ${diff.replaced.length}` : "") +
            (diff.notCompared.length > 0 ? `; roles not compared: ${diff.notCompared.length}` : ""),
        ...diffLines(diff),
    ].join("\n");
}
