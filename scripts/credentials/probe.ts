/**
 * A small bundle for the virtual board: the Espruino HAL plus the firmware's credential module
 * (scripts/credentials/probe-entry.js), for tests and the bench to drive the real module on
 * hal.flash without the rest of the firmware.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BoardDefinition } from "../../hal/board";
import { VirtualBoard } from "../../hal/virtual/virtual-board";
import type { DeviceIdentity } from "../../src/credentials/credential-cache";
import { bundleForEspruino } from "../build";

const here = dirname(fileURLToPath(import.meta.url));
const bundles = new Map<string, Promise<string>>();

export function buildCredentialsProbe(board: BoardDefinition): Promise<string> {
  const key = JSON.stringify(board);
  if (!bundles.has(key)) {
    bundles.set(
      key,
      bundleForEspruino({ entry: join(here, "probe-entry.js"), board }).then((bundled) => bundled.code),
    );
  }
  return bundles.get(key)!;
}

/** Writes the identity the way a technician provisions it: two Storage files. */
export function provision(device: VirtualBoard, identity: DeviceIdentity): void {
  device.storage.write("device-id", identity.id);
  device.storage.write("device-key", identity.key);
}

/** A provisioned board with the probe installed and powered on (`credentials`, `loadInbox()` global). */
export async function bootCredentialsBoard(identity: DeviceIdentity, board: BoardDefinition): Promise<VirtualBoard> {
  const device = new VirtualBoard({ board });
  device.installBundle(await buildCredentialsProbe(board));
  provision(device, identity);
  device.powerOn();
  return device;
}

/** Sends a bundle of any size through the streaming install, 1 KB per REPL call, as a transport would. */
export function streamBundle(device: VirtualBoard, bundle: Uint8Array): string {
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
  const refused = device.evaluate(`JSON.stringify(credentials.begin(E.toUint8Array(atob("${b64(bundle.subarray(0, 128))}"))) || null)`) as string;
  if (refused !== "null") return refused;
  for (let offset = 0; offset < bundle.length; offset += 1024) {
    device.evaluate(`credentials.write(${offset}, E.toUint8Array(atob("${b64(bundle.subarray(offset, offset + 1024))}")))`);
  }
  return device.evaluate("JSON.stringify(credentials.finish())") as string;
}
