const options = {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    Authorization: 'Bearer YOUR_TOKEN'
  },
  body: JSON.stringify({
    title: 'The Adventure of the Dancing Men',
    authorId: 'au_004',
    genre: 'mystery',
    tags: ['detective', 'short-story'],
    publishedYear: 1903,
    price: {amount: 12.5, currency: 'GBP'},
    format: {type: 'print', binding: 'hardcover', pages: 48},
    publisher: {
      name: 'Harbor Lane Press',
      address: {
        street: '221 Baker Street',
        city: 'London',
        postalCode: 'NW1 6XE',
        country: 'GB'
      }
    }
  })
};

fetch('https://api.bookshelf.example/v1/books', options)
  .then(res => res.json())
  .then(res => console.log(res))
  .catch(err => console.error(err));
