import { QueryTypes, type Sequelize } from "sequelize";
import { z } from "zod";
import { asText, type ToolSpec } from "./db.js";

export function makeLoanTools(sequelize: Sequelize, lender: string): ToolSpec[] {
  const loansOf = async (borrower: string) =>
    // ok: tool-input-to-sql
    sequelize.query("SELECT part_id, lent_on, due_on FROM loans WHERE borrower = :borrower AND lender = :lender", { replacements: { borrower, lender }, type: QueryTypes.SELECT });

  return [
    {
      name: "loans_for",
      description: "Parts currently lent to another orchestra",
      shape: { borrower: z.string() },
      handler: async ({ borrower }) => asText(await loansOf(borrower)),
    },
    {
      name: "return_loan",
      description: "Record that a borrower returned all parts of a set",
      shape: { borrower: z.string(), set_code: z.string() },
      handler: async ({ borrower, set_code }) => {
        const where = `borrower = '${borrower}' AND set_code = '${set_code}'`;
        // ruleid: tool-input-to-sql
        const [, meta] = await sequelize.query(`UPDATE loans SET returned_on = now() WHERE ${where} AND lender = '${lender}'`);
        return asText({ updated: meta });
      },
    },
  ];
}
