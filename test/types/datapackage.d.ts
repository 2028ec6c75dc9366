// datapackage (frictionlessdata/datapackage-js) ships no types: the little the tests use.
declare module 'datapackage' {
  interface Field {
    name: string
    type: string
  }
  interface Resource {
    name: string
    schema: { fields: Field[]; primaryKey?: string[] }
    read(options: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>
    readonly valid: boolean
    readonly errors: Error[]
    readonly resources: Resource[]
    getResource(name: string): Resource
  }
}
