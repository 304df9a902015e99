'use strict';
// Alertmanager v2 API helper.
const axios = require('axios');

const AM_URL = process.env.ALERTMANAGER_URL || 'http://alertmanager.monitoring.svc:9093';
const am = axios.create({ baseURL: `${AM_URL}/api/v2`, timeout: 10000 });

async function alerts({ active = true, silenced = false, filter = [] } = {}) {
  const { data } = await am.get('/alerts', { params: { active, silenced, filter }, paramsSerializer: { indexes: null } });
  return data;
}

async function createSilence({ matchers, durationMinutes, createdBy, comment }) {
  const now = new Date();
  const { data } = await am.post('/silences', {
    matchers,
    startsAt: now.toISOString(),
    endsAt: new Date(now.getTime() + durationMinutes * 60000).toISOString(),
    createdBy,
    comment,
  });
  return data.silenceID;
}

async function expireSilence(id) {
  await am.delete(`/silence/${encodeURIComponent(id)}`);
}

module.exports = { alerts, createSilence, expireSilence, AM_URL };
