import { expect } from "chai";
import { bootContact } from "./support/contact-board";

describe("contact input: active when the firmware starts", () => {
  it("an enclosure already open at boot is reported at once (a cut tamper wire reads open)", async () => {
    const driver = await bootContact("tamper", (d) => d.bank.tamper.activate());
    expect(driver.events().map((e) => e.type)).to.deep.equal(["on"]);
    expect(driver.run("contact.isActive()")).to.equal(true);
  });

  it("an idle input reports nothing at start", async () => {
    const driver = await bootContact("tamper");
    driver.advance(1000);
    expect(driver.events()).to.deep.equal([]);
  });
});
