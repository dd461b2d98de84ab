import { expect } from "chai";
import { picoStorage } from "./fixtures";

describe("Storage file names", () => {
  it("are cut to 28 characters, so a 29-character name overwrites the 28-character one", () => {
    const { storage } = picoStorage();
    const name28 = "abcdefghijklmnopqrstuvwxyz01";
    storage.write(name28, "first");
    storage.write(name28 + "2", "second");
    expect(storage.list()).to.deep.equal([name28]);
    expect(storage.read(name28)).to.equal("second");
    expect(storage.read(name28 + "-anything")).to.equal("second");
  });

  it("keep names of 28 characters or fewer apart", () => {
    const { storage } = picoStorage();
    storage.write("abcdefghijklmnopqrstuvwxyz0", "27");
    storage.write("abcdefghijklmnopqrstuvwxyz01", "28");
    expect(storage.list()).to.have.members(["abcdefghijklmnopqrstuvwxyz0", "abcdefghijklmnopqrstuvwxyz01"]);
  });
});
