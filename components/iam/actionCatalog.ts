import type { AwsEnvironment } from "./awsEnvironment";
import { computedOnce, readDataFile } from "./dataFiles";

/** One service in the catalog: its resource types' ARN formats, its actions' by index, its condition keys. */
interface ServiceEntry {
    arns: string[];
    actions: Record<string, number[]>;
    keys: string[];
}

/** An action as IAM's Service Authorization Reference defines it. @internal */
export interface CatalogAction {
    /** The action in IAM's own spelling, `service:Name`. */
    action: string;
    /**
     * The ARN formats of the resource types it takes, with `${Partition}`-style placeholders;
     * empty when it takes none and so must be granted on `*`.
     */
    arnFormats: string[];
}

const CATALOG_NAME = "actionCatalog.json";

interface LoadedCatalog {
    source: string;
    /** IAM's global condition keys (aws:SourceIp, aws:PrincipalTag/tag-key, ...). */
    globalKeys: string[];
    services: Record<string, ServiceEntry>;
    /** Each service's actions by lower-case name: IAM matches action names without case. */
    byLowerName: Map<string, Map<string, string>>;
}

/**
 * The catalog, read once and frozen. `byLowerName` is a Map, which freezing does not close, so it
 * stays inside this module: what callers get is built anew for each of them.
 */
const catalog = computedOnce((): LoadedCatalog => {
    const parsed = readDataFile<Omit<LoadedCatalog, "byLowerName">>(CATALOG_NAME);
    const byLowerName = new Map(
        Object.entries(parsed.services).map(([service, entry]) => [
            service,
            new Map(Object.keys(entry.actions).map((name) => [name.toLowerCase(), name])),
        ]),
    );
    return { ...parsed, byLowerName };
});

/** Where the catalog's data comes from, with its version. @internal */
export function catalogSource(): string {
    return catalog().source;
}

/**
 * The action IAM defines under this name, matched without case as IAM does, or `undefined`.
 * A name with a wildcard is no single action and is never found.
 * @internal
 */
export function catalogAction(action: string): CatalogAction | undefined {
    const [given, name, ...rest] = action.split(":");
    const service = given?.toLowerCase();
    const { services, byLowerName } = catalog();
    const spelled = rest.length === 0 && name ? byLowerName.get(service)?.get(name.toLowerCase()) : undefined;
    if (spelled === undefined) {
        return undefined;
    }
    const entry = services[service];
    return { action: `${service}:${spelled}`, arnFormats: entry.actions[spelled].map((i) => entry.arns[i]) };
}

/**
 * Every action IAM defines for `service`, in IAM's spelling (`bedrock-agentcore:InvokeAgentRuntime`);
 * none for a service IAM does not know.
 * @internal
 */
export function serviceActions(service: string): string[] {
    const entry = catalog().services[service.toLowerCase()];
    return entry ? Object.keys(entry.actions).map((name) => `${service.toLowerCase()}:${name}`) : [];
}

/**
 * The condition keys IAM defines for a statement of these actions, as the catalog writes them
 * (variable parts as `${TagKey}` or `tag-key`): its global keys and the actions' services'.
 * @internal
 */
export function conditionKeysFor(actions: string[]): string[] {
    const { globalKeys, services } = catalog();
    return [
        ...globalKeys,
        ...actions.flatMap((action) => services[action.split(":")[0].toLowerCase()]?.keys ?? []),
    ];
}

/** Whether a catalog key (with a `${TagKey}`-style or `tag-key` variable part) names `key`. */
function keyMatches(pattern: string, key: string): boolean {
    const variable = pattern.search(/\$\{|\/tag-key$|<[^>]+>/);
    if (variable < 0) {
        return pattern.toLowerCase() === key.toLowerCase();
    }
    const prefix = pattern.slice(0, pattern[variable] === "/" ? variable + 1 : variable).toLowerCase();
    return key.toLowerCase().startsWith(prefix) && key.length > prefix.length;
}

/**
 * Whether IAM defines `key` as a condition key for a statement of these actions: one of IAM's
 * global keys, or a key of one of the actions' services. IAM compares key names without case.
 * @internal
 */
export function isConditionKeyOf(key: string, actions: string[]): boolean {
    const { globalKeys, services } = catalog();
    const ownKeys = actions.flatMap((action) => services[action.split(":")[0].toLowerCase()]?.keys ?? []);
    return [...globalKeys, ...ownKeys].some((pattern) => keyMatches(pattern, key));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The regular expression of an ARN format in the environment, each id (`${Name}`) written by
 * `id`. An id before the end never holds the separator after it (a bucket no "/", a log group no
 * ":"), so no id can reach across into the next.
 */
function formatPattern(
    format: string,
    environment: AwsEnvironment,
    id: (final: boolean, separator: string) => string,
): RegExp {
    const pattern = format
        .split(/(\$\{[A-Za-z0-9]+\})/)
        .map((part, i, parts) => {
            switch (part) {
                case "${Partition}":
                    return escape(environment.partition);
                case "${Region}":
                    return escape(environment.region);
                case "${Account}":
                    return escape(environment.account);
                default:
                    if (!/^\$\{/.test(part)) {
                        return escape(part);
                    }
                    return id(i === parts.length - 2, escape(parts[i + 1].charAt(0)));
            }
        })
        .join("");
    return new RegExp(`^${pattern}$`);
}

/**
 * Whether `resource` is an ARN of the resource type `format` describes, in the agent's
 * partition, region and account, each of its ids starting with a literal character, so that a
 * wildcard may narrow within an id (`bucket/reports/*`) but never stand for a whole one.
 * @internal
 */
export function matchesArnFormat(resource: string, format: string, environment: AwsEnvironment): boolean {
    return formatPattern(format, environment, (final, separator) =>
        final ? "[^*?].*" : `[^*?${separator}][^${separator}]*`,
    ).test(resource);
}

/**
 * The id of one of `formats` that a wildcard in `resource` stands for whole, if any: not only the
 * first (`table/*`), but any later (`token-vault/default/oauth2credentialprovider/*`, every
 * provider of the vault; `bucket/*`, every object of the bucket).
 * @internal
 */
export function wholeIdWildcard(
    resource: string,
    formats: string[],
    environment: AwsEnvironment,
): string | undefined {
    for (const format of formats) {
        const match = formatPattern(format, environment, (final, separator) =>
            final ? "(.*)" : `([^${separator}]*)`,
        ).exec(resource);
        const ids = format
            .match(/\$\{[A-Za-z0-9]+\}/g)
            ?.filter((id) => !/^\$\{(Partition|Region|Account)\}$/.test(id));
        const whole = match?.slice(1).findIndex((value) => /^[*?]/.test(value));
        if (match && ids && whole !== undefined && whole >= 0) {
            return ids[whole];
        }
    }
    return undefined;
}
