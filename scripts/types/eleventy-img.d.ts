/** The part of @11ty/eleventy-img 6 that Etalase calls; the package ships no declarations. */
declare module "@11ty/eleventy-img" {
  interface ImageStat {
    format: string;
    width: number;
    height: number;
    filename: string;
    outputPath: string;
    url: string;
    size: number;
  }
  interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    sharpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    fixOrientation?: boolean;
    transform?: (sharp: unknown) => void | Promise<void>;
  }
  function Image(
    src: string,
    options?: ImageOptions,
  ): Promise<Record<string, ImageStat[] | undefined>>;
  namespace Image {
    let concurrency: number;
  }
  export default Image;
}
