import type * as t from "@babel/types";

export type Report = (node: t.Node, rule: string, message: string) => void;

export interface CheckMode {
  /** True for esbuild's output: TypeScript is gone and some forms only matter there. */
  bundle: boolean;
}
