import { join } from "node:path";
import { expect } from "chai";
import { bundleForEspruino, repoRoot } from "../../scripts/build";
import { loadBoards } from "../../scripts/build/boards";

/** Source files that put at least one byte into the board's firmware bundle. */
async function bundledFiles(boardId: string): Promise<string[]> {
  const board = loadBoards().find((b) => b.id === boardId)!;
  const { metafile } = await bundleForEspruino({ entry: join(repoRoot, "src", "main.ts"), board, mangle: true, metafile: true });
  const files: string[] = [];
  for (const output of Object.values(metafile!.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) if (bytesInOutput > 0) files.push(input);
  }
  return files;
}

const NOT_WIRED_ON_ESPRUINO_WIFI = [
  "hal/drivers/mfrc522.ts", // no MFRC522 reader
  "hal/drivers/mcp23017.ts", // no expanders
  "hal/crypto/sha256.ts", // the interpreter's SHA-256
  "src/persist/flash-state.ts", // no state partition
  "src/credentials/credential-cache.ts", // no credential partitions
];

describe("per-board bundles", () => {
  it("the Espruino WiFi's carries no driver or store its board does not wire", async () => {
    const files = await bundledFiles("espruino-wifi");
    expect(files).to.include("hal/drivers/wiegand.ts");
    expect(files).to.include("hal/espruino/net-sockets.ts"); // it has Wi-Fi
    for (const file of NOT_WIRED_ON_ESPRUINO_WIFI) expect(files, file).not.to.include(file);
  });

  it("the Pico's carries no networking; the ESP32's carries its MFRC522 driver, flash state and credential table", async () => {
    expect(await bundledFiles("espruino-pico")).not.to.include("hal/espruino/net-sockets.ts");
    const esp32 = await bundledFiles("esp32");
    for (const file of ["hal/drivers/mfrc522.ts", "src/persist/flash-state.ts", "src/credentials/credential-cache.ts"]) {
      expect(esp32, file).to.include(file);
    }
    expect(esp32).not.to.include("hal/crypto/sha256.ts");
  });

  it("the 32-locker virtual bank's carries its MCP23017 driver", async () => {
    expect(await bundledFiles("virtual-32")).to.include("hal/drivers/mcp23017.ts");
  });
});
