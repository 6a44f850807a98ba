/** Uploads a project file to a plan's import (multipart field `file`), as the web app does. */
export async function uploadPlanFile(
  server: { readonly url: string; readonly admin: { readonly token: string } },
  project: string,
  file: { readonly name: string; readonly bytes: Uint8Array },
  dryRun = false,
): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  form.append("file", new Blob([file.bytes]), file.name);
  const response = await fetch(`${server.url}${project}/import${dryRun ? "?dryRun=true" : ""}`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.admin.token}` },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}
