"use strict";

const mysql = require("mysql2/promise");
const createKnex = require("knex");
const { Sequelize } = require("sequelize");

const url = process.env.DATABASE_URL;

const pool = mysql.createPool({ uri: url, connectionLimit: 4, ssl: { rejectUnauthorized: true } });
const knex = createKnex({ client: "mysql2", connection: url, pool: { min: 0, max: 4 } });
const sequelize = new Sequelize(url, { dialect: "mysql", logging: false, dialectOptions: { ssl: { rejectUnauthorized: true } } });

module.exports = { pool, knex, sequelize };
