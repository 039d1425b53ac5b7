// An action pattern covers an action as IAM matches them: without case, `*` for any run of
// characters and `?` for one; a pattern without either names one action, character for character.
// AWS's IAM JSON policy elements page (Action): "action names are case insensitive", and
// "You can use wildcards (* or ?) in the action name":
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
import { expect } from "chai";
import { coversAction } from "../../policies/statementMatching";

describe("an action pattern read as IAM reads it", () => {
    it("covers the one action a pattern without wildcards names, in any case, and nothing longer, shorter or differing in a character; a dot or a bracket is itself", () => {
        const covered = (
            [
                ["iam:PassRole", "iam:PassRole"],
                ["iam:PassRole", "IAM:PASSROLE"],
                ["iam:PassRole", "iam:passrole"],
                ["iam:PassRole", "iam:PassRoles"],
                ["iam:PassRole", "iam:PassRol"],
                ["iam:PassRole", "iam:PassRolf"],
                ["s3:Get.Object", "s3:GetxObject"],
                ["s3:Get.Object", "S3:GET.OBJECT"],
                ["s3:[Get]", "s3:G"],
                ["s3:[Get]", "S3:[GET]"],
                ["bedrock:Invoké", "BEDROCK:INVOKÉ"],
                ["", ""],
                ["", "iam:PassRole"],
            ] as const
        ).map(([pattern, action]) => coversAction(pattern, action));
        expect(covered).to.deep.equal([
            true,
            true,
            true,
            false,
            false,
            false,
            false,
            true,
            false,
            true,
            true,
            true,
            false,
        ]);
    });

    it("covers with `*` any run of characters and with `?` one, in any case", () => {
        const covered = (
            [
                ["iam:Pass*", "IAM:PASSROLE"],
                ["iam:*", "iam:PassRole"],
                ["*", "bedrock:InvokeModel"],
                ["iam:Pass?ole", "iam:PassRole"],
                ["iam:Pass?ole", "iam:PassRRole"],
                ["bedrock:Invoke*", "bedrock:Retrieve"],
            ] as const
        ).map(([pattern, action]) => coversAction(pattern, action));
        expect(covered).to.deep.equal([true, true, true, true, false, false]);
    });
});
