/** The two pieces of three (no bundled types) that scripts/avatar-devset-b.ts uses to decode EXR. */
declare module "three" {
  export const FloatType: number;
}
declare module "three/examples/jsm/loaders/EXRLoader.js" {
  export class EXRLoader {
    setDataType(type: number): this;
    parse(buffer: ArrayBuffer): { width: number; height: number; data: Float32Array | Uint16Array };
  }
}
