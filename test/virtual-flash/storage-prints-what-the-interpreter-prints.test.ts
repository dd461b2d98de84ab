import { expect } from "chai";
import { EspruinoStorage } from "../../hal/virtual/flash/storage";
import { PICO_STORAGE, picoFlash } from "./fixtures";

function storageWithConsole() {
  const flash = picoFlash();
  let console = "";
  const storage = new EspruinoStorage(flash, PICO_STORAGE, { print: (text) => (console += text) });
  return { flash, storage, output: () => console };
}

describe("Storage console messages", () => {
  it("prints 'Compacting... ' and a newline when it compacts, nothing when there is no trash", () => {
    const { storage, output } = storageWithConsole();
    storage.write("a", "1");
    storage.compact();
    expect(output()).to.equal("");
    storage.erase("a");
    storage.compact();
    expect(output()).to.equal("Compacting... \n");
  });

  it("prints 'Storage is corrupt.' when the boot check erases Storage", () => {
    const { flash, storage, output } = storageWithConsole();
    storage.write("a", "A".repeat(20000));
    flash.erase(PICO_STORAGE.start);
    storage.bootCheck();
    expect(output()).to.equal("Storage is corrupt.\nErasing Storage Area...\nErase complete.\n");
  });
});
