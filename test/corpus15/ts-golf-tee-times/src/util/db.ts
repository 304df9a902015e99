import { Sequelize, QueryTypes } from "sequelize";

export const sequelize = new Sequelize(process.env.GOLF_DB_URL ?? "mysql://golf:golf@localhost:3306/teesheet", { logging: false });
export { QueryTypes };
