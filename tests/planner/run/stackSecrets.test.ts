import { expect } from "chai";
import { stackDecrypter } from "../../../planner/run/stackSecrets";
import { argumentErrorFrom } from "../../support/argumentErrors";

describe("stack secrets the offline plan can and cannot decrypt", () => {
    it("names the key of a secret whose stack has no encryptionsalt (Pulumi Cloud, KMS, Vault), which it cannot ask", () => {
        const error = argumentErrorFrom(() =>
            stackDecrypter(undefined, "shop:dbPassword", { PULUMI_CONFIG_PASSPHRASE: "x" }),
        );
        expect(error.argument).to.equal("shop:dbPassword");
        expect(error.problem).to.include("secrets provider the offline plan cannot ask");
    });

    it("refuses a salt it cannot read as a wrong passphrase, naming PULUMI_CONFIG_PASSPHRASE", () => {
        const error = argumentErrorFrom(() =>
            stackDecrypter("v2:AAAAAAAAAAA=:v1:AAAA:AAAA", "shop:kb", { PULUMI_CONFIG_PASSPHRASE: "x" }),
        );
        expect(error.argument).to.equal("PULUMI_CONFIG_PASSPHRASE");
    });
});
