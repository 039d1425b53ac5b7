// The secrets of a stack whose config is encrypted with a passphrase, decrypted as the Pulumi CLI
// decrypts them: AES-256-GCM with a key derived from the passphrase by 1,000,000 iterations of
// PBKDF2-SHA256 over the stack's salt (pulumi/pulumi, sdk/go/common/resource/config/crypt.go and
// pkg/secrets/passphrase/manager.go). Other secrets providers (Pulumi Cloud, KMS, Vault) need their
// service, which the offline plan does not ask.
import * as crypto from "crypto";
import * as fs from "fs";
import { ArgumentError } from "../../components/iam/argumentError";

/** Decrypts one `v1:<nonce>:<ciphertext and tag>` value with a key; throws when it does not. */
function decryptValue(key: Buffer, value: string): string {
    const [version, nonce, sealed] = value.split(":");
    if (version !== "v1" || nonce === undefined || sealed === undefined || value.split(":").length !== 3) {
        throw new Error("not a v1 secret value");
    }
    const bytes = Buffer.from(sealed, "base64");
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(nonce, "base64"));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString(
        "utf8",
    );
}

/** The passphrase the Pulumi CLI would use: `PULUMI_CONFIG_PASSPHRASE`, else the file `PULUMI_CONFIG_PASSPHRASE_FILE` names. */
function passphrase(environment: NodeJS.ProcessEnv): string | undefined {
    if (environment.PULUMI_CONFIG_PASSPHRASE !== undefined) {
        return environment.PULUMI_CONFIG_PASSPHRASE;
    }
    const file = environment.PULUMI_CONFIG_PASSPHRASE_FILE;
    return file ? fs.readFileSync(file, "utf8") : undefined;
}

/**
 * A decrypter of the stack's secure values, from its `encryptionsalt` and the passphrase in the
 * environment, checked against the salt's own encrypted word as the Pulumi CLI checks it.
 * @param key the config key of the first secure value, named when nothing can decrypt it
 * @throws ArgumentError naming that key when the stack is not passphrase-encrypted or no passphrase
 *   is set, or naming PULUMI_CONFIG_PASSPHRASE when the passphrase is wrong
 */
export function stackDecrypter(
    encryptionSalt: unknown,
    key: string,
    environment: NodeJS.ProcessEnv = process.env,
): (value: string) => string {
    if (typeof encryptionSalt !== "string") {
        throw new ArgumentError(
            key,
            "is a secret of a secrets provider the offline plan cannot ask (the stack has no encryptionsalt, so its secrets are with Pulumi Cloud, a KMS or Vault)",
            "a passphrase-encrypted stack with PULUMI_CONFIG_PASSPHRASE set, or a plain value in the stack used for planning",
        );
    }
    const phrase = passphrase(environment);
    if (phrase === undefined) {
        throw new ArgumentError(
            key,
            "is a secret, and neither PULUMI_CONFIG_PASSPHRASE nor PULUMI_CONFIG_PASSPHRASE_FILE is set to decrypt it",
            "PULUMI_CONFIG_PASSPHRASE=<the stack's passphrase> bedrock-agent-plan dev",
        );
    }
    const [version, salt] = encryptionSalt.split(":");
    const check = encryptionSalt.split(":").slice(2).join(":");
    const derived = crypto.pbkdf2Sync(phrase, Buffer.from(salt ?? "", "base64"), 1_000_000, 32, "sha256");
    let word: string | undefined;
    try {
        word = version === "v1" ? decryptValue(derived, check) : undefined;
    } catch {
        word = undefined;
    }
    if (word !== "pulumi") {
        throw new ArgumentError(
            "PULUMI_CONFIG_PASSPHRASE",
            "does not decrypt this stack's secrets (the passphrase is not the stack's)",
            "the passphrase pulumi up uses for this stack",
        );
    }
    return (value) => {
        try {
            return decryptValue(derived, value);
        } catch {
            throw new ArgumentError(
                key,
                "is not a secret this stack's passphrase encrypted",
                "a value set with pulumi config set --secret",
            );
        }
    };
}
