import { optionalStrings } from "../iam/argumentTypes";
import { ArnRule, idOrArn } from "../iam/arn";
import { sortedUnique, statement } from "../iam/policyDocument";
import { Capability, GrantContext, noGrants } from "./grant";

/** A capability that grants fixed actions on the resources one list argument names. @internal */
export interface NamedResourcesSpec<Args> {
    /** The list argument, of ids or ARNs. */
    argument: keyof Args & string;
    /** What each item must be. */
    rule: ArnRule;
    /** The statement's id. */
    sid: string;
    /** The actions granted on every resource named. */
    actions: string[];
}

/**
 * The capability of one shape many share: `actions` on exactly the resources the argument names,
 * each given by id or ARN and checked against `rule` in the role's scope (prompts, collaborators,
 * gateways, memories). Grants nothing when the list is absent or empty.
 * @internal
 */
export function namedResources<Args, Context extends GrantContext = GrantContext>(
    spec: NamedResourcesSpec<Args>,
): Capability<Args, Context, Partial<Record<keyof Args, unknown>>> {
    return {
        grant(args, context) {
            const arns = optionalStrings(spec.argument, args[spec.argument], spec.rule.exampleResource).map(
                (value, i) => idOrArn(`${spec.argument}[${i}]`, value, spec.rule, context),
            );
            if (arns.length === 0) {
                return noGrants();
            }
            return {
                identity: [
                    statement({
                        Sid: spec.sid,
                        Effect: "Allow",
                        Action: spec.actions,
                        Resource: sortedUnique(arns),
                    }),
                ],
                keyPolicy: [],
            };
        },
    };
}
