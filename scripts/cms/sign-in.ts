/**
 * Where staff sign in to the published CMS: the OAuth proxy that trades GitHub's sign-in for a key
 * (a Cloudflare Worker such as sveltia-cms-auth, deployed once). On Netlify none is needed: Decap's
 * default is Netlify's own provider. Elsewhere, without one, /admin/ is published but nobody can sign in.
 */
import { bilingual as b } from "../problems/problem.ts";
import { cmsAuthUrlProblem, type Settings, type SiteHost } from "../schema/settings.ts";
import { SiteAddressError } from "../site/site-address.ts";

export interface CmsSignIn {
  /** The proxy's address as given, path included. */
  readonly url: string;
  /** Its origin: what the popup's messages must come from, and what /admin/'s policy names. */
  readonly origin: string;
  /** Decap's `auth_endpoint`: the path to `auth` under the origin (`auth`, `cms/auth`). */
  readonly endpoint: string;
}

/**
 * The sign-in proxy, from `ETALASE_CMS_AUTH_URL`, else `cms-auth-url` in the settings file (checked
 * when it was read); undefined when neither is set. A bad variable throws SiteAddressError.
 */
export function cmsSignIn(
  env: NodeJS.ProcessEnv,
  settings: Pick<Settings, "cms-auth-url"> = {},
): CmsSignIn | undefined {
  const fromEnv = env.ETALASE_CMS_AUTH_URL?.trim();
  if (fromEnv) {
    const problem = cmsAuthUrlProblem(fromEnv);
    if (problem)
      throw new SiteAddressError(
        b(
          `ETALASE_CMS_AUTH_URL (${JSON.stringify(fromEnv).slice(0, 80)}) tidak bisa dipakai: ${problem.id}`,
          `ETALASE_CMS_AUTH_URL (${JSON.stringify(fromEnv).slice(0, 80)}) cannot be used: ${problem.en}`,
        ),
      );
  }
  const url = fromEnv || settings["cms-auth-url"];
  if (!url) return undefined;
  const parsed = new URL(url);
  // Decap opens `<base_url>/<auth_endpoint>` and accepts the key only from a message whose origin
  // equals base_url, so base_url is the bare origin and any path goes into the endpoint. A path
  // already ending in /auth (the address copied with it) is the endpoint itself.
  const path = parsed.pathname.split("/").filter(Boolean);
  const endpoint = path.at(-1) === "auth" ? path.join("/") : [...path, "auth"].join("/");
  return { url, origin: parsed.origin, endpoint };
}

/** The keys Decap's GitHub backend takes for the proxy. */
export function decapSignInOptions(signIn: CmsSignIn | undefined): {
  base_url?: string;
  auth_endpoint?: string;
} {
  if (!signIn) return {};
  return signIn.endpoint === "auth"
    ? { base_url: signIn.origin }
    : { base_url: signIn.origin, auth_endpoint: signIn.endpoint };
}

/** Hosts whose sites have no sign-in of their own: Decap's default (Netlify's) does not serve them. */
const NEEDS_PROXY: readonly SiteHost[] = ["github-pages", "cloudflare-pages"];

export const needsSignInProxy = (host: SiteHost): boolean => NEEDS_PROXY.includes(host);

/** The one warning of a build that publishes /admin/ where nobody can sign in yet. */
export const NO_SIGN_IN_WARNING = b(
  `CMS (/admin/) diterbitkan, tetapi staf belum bisa masuk: alamat layanan masuk belum diatur. Pasang Worker masuk sekali (docs/panduan-staf.md bagian 14, atau docs/deploy.md "Signing in to the CMS"), lalu tulis alamatnya sebagai "cms-auth-url" di etalase.config.json (npm run setup -- --cms-auth-url https://…) atau di variabel ETALASE_CMS_AUTH_URL.`,
  `The CMS (/admin/) is published, but staff cannot sign in yet: the sign-in address is not set. Deploy the sign-in Worker once (docs/deploy.md, "Signing in to the CMS"), then write its address as "cms-auth-url" in etalase.config.json (npm run setup -- --cms-auth-url https://…) or in the ETALASE_CMS_AUTH_URL variable.`,
);
