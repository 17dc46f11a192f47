/**
 * A non-JSON error page such as a reverse proxy sends (nginx's style), for the `html-502` fault:
 * clients must turn it into a typed error, not a JSON parse crash.
 */
export function htmlErrorPage(status: number, reason: string): string {
  const title = `${status} ${reason}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}
