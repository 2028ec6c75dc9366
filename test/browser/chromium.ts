// Which Chromium the browser tests drive: Debian's when the machine has it, otherwise the one
// shipped inside the @sparticuz/chromium package (unpacked into the temporary folder on first
// use), so that `npm test` needs nothing but `npm ci`: no apt, no browser download.
import { existsSync } from 'node:fs'
import sparticuz from '@sparticuz/chromium'
import { chromium, type Browser } from 'playwright-core'

const debianChromium = '/usr/bin/chromium'

// Headless as root in a sandbox with no network but loopback: without the background-networking
// flags Chromium keeps dialling Google's hosts and the closed network refuses it.
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export async function launchChromium(): Promise<Browser> {
  if (existsSync(debianChromium)) return chromium.launch({ executablePath: debianChromium, args: flags })
  // Its --single-process (for AWS Lambda) ends the whole browser when a test closes its page.
  const args = sparticuz.args.filter((arg) => arg !== '--single-process')
  return chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...args, ...flags] })
}
