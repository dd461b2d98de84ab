import { expect } from "chai";
import { boardDefinition, bootHal } from "./support/hal-board";

describe("HAL reset cause on the virtual board", () => {
  it("STM32F4 model: reports each boot's own cause (flags cleared once read)", async () => {
    const board = await bootHal();
    expect(board.evaluate(`hal.resetCause.get()`)).to.equal("power-on");
    expect(board.evaluate(`hal.resetCause.get()`)).to.equal("power-on");
    board.reboot("watchdog");
    expect(board.evaluate(`hal.resetCause.get()`)).to.equal("watchdog");
    board.reboot("software");
    expect(board.evaluate(`hal.resetCause.get()`)).to.equal("software");
    // The reset button alone: had the flags not been cleared, this would still say "software".
    board.reboot("pin");
    expect(board.evaluate(`hal.resetCause.get()`)).to.equal("unknown");
    expect(board.evaluate(`hal.resetCause.detail()`)).to.match(/^stm32f4 RCC_CSR=0x4000000 \(pin\)$/);
  });

  it("ESP32: power-on and brown-out are told apart, a watchdog restart reads as software", async () => {
    const board = await bootHal(boardDefinition("esp32"));
    expect(board.evaluate(`hal.resetCause.get()`)).to.equal("power-on");
    board.reboot("brown-out");
    expect(board.evaluate(`hal.resetCause.get()`)).to.equal("brown-out");
    board.reboot("watchdog");
    expect(board.evaluate(`hal.resetCause.get()`)).to.equal("software");
  });
});
